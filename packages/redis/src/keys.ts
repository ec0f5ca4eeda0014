import { createHash } from 'node:crypto';

/** The Redis keys of one client id (and optional account): `<prefix>{<hash>}:<name>`. */
export interface StoreKeys {
  readonly tokens: string;
  readonly lock: string;
  readonly rate: string;
  readonly holds: string;
  /** The key of one cached GET (its core cache key, hashed). */
  etag(key: string): string;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Names the keys after a SHA-256 of the client id and account, never the
 * values themselves (key names show in `MONITOR`, `SCAN` and slow logs). The
 * hash is a Redis Cluster hash tag, so the keys of one client share a slot
 * (the scripts touch two at once).
 */
export function storeKeys(prefix: string, clientId: string, account = ''): StoreKeys {
  const base = `${prefix}{${sha256(`${clientId}\u0000${account}`).slice(0, 32)}}:`;
  return {
    tokens: `${base}tokens`,
    lock: `${base}refresh-lock`,
    rate: `${base}rate`,
    holds: `${base}holds`,
    etag: (key) => `${base}etag:${sha256(key)}`,
  };
}
