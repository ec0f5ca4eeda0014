import { randomBytes } from 'node:crypto';
import { request } from './http-get.js';

/** A user created on a local registry: its name and its token (a secret: never log it). */
export interface RegistryUser {
  name: string;
  token: string;
}

/**
 * Creates a throwaway user with a random password on a registry, the way
 * `npm adduser` does (`PUT /-/user/org.couchdb.user:<name>`), and returns its
 * auth token. Errors name the registry and status, never the password or token.
 */
export async function addRegistryUser(registry: string, name = 'rehearsal'): Promise<RegistryUser> {
  const password = randomBytes(18).toString('base64url');
  const res = await request(`${registry}-/user/org.couchdb.user:${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password, type: 'user', roles: [], date: new Date().toISOString() }),
  });
  let body: { token?: unknown; error?: unknown } = {};
  try {
    body = res.json();
  } catch {
    // not JSON: reported by status below
  }
  if (res.status >= 300 || typeof body.token !== 'string') {
    throw new Error(`could not add user "${name}" to ${registry}: HTTP ${res.status}${typeof body.error === 'string' ? ` (${body.error})` : ''}`);
  }
  return { name, token: body.token };
}
