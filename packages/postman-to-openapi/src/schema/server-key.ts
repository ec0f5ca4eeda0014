import type { ServerObject } from '../types.js';

// Drafts are compared by server when merged and when assembled: each server object is written once.
const keys = new WeakMap<ServerObject, string>();

/** The JSON text of a server object, the key that tells servers apart (computed once per object). */
export function serverKey(server: ServerObject): string {
  let key = keys.get(server);
  if (key === undefined) keys.set(server, (key = JSON.stringify(server)));
  return key;
}
