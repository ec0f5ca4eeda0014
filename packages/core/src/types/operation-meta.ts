/**
 * The metadata of one operation, as the generator emits it. The generated
 * code depends on exactly these shapes: change them together with
 * packages/codegen.
 */

/** HTTP methods used by the Imgur API. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD';

/** Authentication schemes an operation accepts: `Authorization: Client-ID …` or `Authorization: Bearer …`. */
export type AuthScheme = 'clientId' | 'bearer';

/** How a request body is encoded on the wire. */
export type BodyEncoding = 'multipart' | 'json' | 'form';

/**
 * One input field of an operation. A plain string when the input key and the
 * wire name are the same; `[inputKey, wireName]` when they differ (for example
 * `['ids', 'ids[]']`).
 */
export type FieldName = string | readonly [key: string, wire: string];

/** How a list operation is paged. */
export type PagingMeta =
  /** Page number as a path segment, e.g. `/3/account/{username}/images/{page}`. */
  | { readonly style: 'path'; readonly param: string }
  /** `page` (and optionally `perPage`, at most `maxPerPage`) as query parameters. */
  | { readonly style: 'query'; readonly param: string; readonly perPage?: string; readonly maxPerPage?: number }
  /** A cursor: the response `data[next]` is sent back as the `param` query parameter. */
  | { readonly style: 'cursor'; readonly param: string; readonly next: string; readonly items: string };

/** Everything the runtime needs to know to send one operation. Emitted by the generator. */
export interface OperationMeta {
  /** Unique operation id, `folder.name`, e.g. `album.getAlbum`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** OpenAPI path template relative to the base URL, e.g. `/3/album/{albumHash}`. */
  readonly path: string;
  /** Accepted schemes. Bearer is used when a user token is configured and accepted; `[]` sends no Authorization header. */
  readonly security: readonly AuthScheme[];
  readonly pathParams?: readonly FieldName[];
  readonly queryParams?: readonly FieldName[];
  readonly headerParams?: readonly FieldName[];
  /** Defaults for optional path segments (Imgur documents e.g. `page` and `sort` segments as optional). */
  readonly defaults?: Readonly<Record<string, string | number | boolean>>;
  readonly body?: {
    readonly encoding: BodyEncoding;
    readonly fields: readonly FieldName[];
    /** Input keys holding file content (sent as files; accept any `UploadSource`). */
    readonly binary?: readonly string[];
  };
  /** True when the 2xx body is Imgur's `{ data, success, status }` envelope (the SDK returns `data`). */
  readonly envelope: boolean;
  /**
   * 2xx statuses the description declares without a body (e.g. `[201]`): an
   * empty answer with one of them is a success that resolves to `undefined`.
   * 204 and 205 are always allowed to be empty.
   */
  readonly empty?: readonly number[];
  readonly paging?: PagingMeta;
  readonly deprecated?: boolean;
  /** Rate-limit credits one call costs (default 1; uploads 10; OAuth 0). */
  readonly credits?: number;
  /** `Accept` header to send, when the route needs one (e.g. `application/vnd.api+json`). */
  readonly accept?: string;
}
