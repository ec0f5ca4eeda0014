/**
 * Headers that say where and how a request is framed and sent (lower case): neither a `request` hook nor a
 * call's `options.headers` can set, change or remove them.
 */
export const FIXED_HEADERS: readonly string[] = [
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'proxy-authorization',
  'proxy-connection',
];
