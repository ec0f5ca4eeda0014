// postman-url-encoder 3 ships no type declarations; this types the parser url-text.ts uses.
declare module 'postman-url-encoder/parser/index.js' {
  /** A URL split into its parts, as postman-collection's `Url.parse` starts from. */
  interface ParsedUrlText {
    raw: string;
    protocol?: string;
    auth?: string[];
    host?: string[];
    port?: string;
    path?: string[];
    query?: string[];
    hash?: string;
  }
  export function parse(url: string): ParsedUrlText;
}
