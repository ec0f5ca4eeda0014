/** True in a browser main thread (a `window` with a `document`); false in Node, Deno, Bun and workers. */
export function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}
