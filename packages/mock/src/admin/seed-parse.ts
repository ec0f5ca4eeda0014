import { isObject } from '../spec/ref.js';
import type { Seed, SeedClient, SeedUser } from '../types.js';

/** Checks an untrusted seed (file or HTTP body); throws an Error naming the bad field, e.g. `users[0].id`. */
export function parseSeed(raw: unknown): Seed {
  if (!isObject(raw)) throw new Error('seed: expected an object with "clients" and "users"');
  const clients = list(raw.clients, 'clients').map((c, i) => ({
    client_id: str(c, 'client_id', `clients[${i}]`),
    client_secret: str(c, 'client_secret', `clients[${i}]`),
    redirect_uri: str(c, 'redirect_uri', `clients[${i}]`),
    ...(c.name === undefined ? {} : { name: str(c, 'name', `clients[${i}]`) }),
  })) satisfies SeedClient[];
  const users = list(raw.users, 'users').map((u, i): SeedUser => {
    const at = `users[${i}]`;
    if (typeof u.id !== 'number' || !Number.isInteger(u.id) || u.id <= 0) throw new Error(`seed: ${at}.id must be a positive integer`);
    return {
      username: str(u, 'username', at),
      id: u.id,
      access_token: str(u, 'access_token', at),
      refresh_token: str(u, 'refresh_token', at),
      ...(u.client_id === undefined ? {} : { client_id: str(u, 'client_id', at) }),
      ...(u.email === undefined ? {} : { email: str(u, 'email', at) }),
      ...(u.bio === undefined ? {} : { bio: str(u, 'bio', at) }),
      ...(u.password === undefined ? {} : { password: str(u, 'password', at) }),
      ...(u.email_verified === undefined ? {} : { email_verified: bool(u, 'email_verified', at) }),
    };
  });
  if (raw.random !== undefined && (typeof raw.random !== 'number' || !Number.isFinite(raw.random))) throw new Error('seed: random must be a number');
  return { clients, users, ...(raw.random === undefined ? {} : { random: raw.random as number }) };
}

function list(v: unknown, name: string): Record<string, unknown>[] {
  if (!Array.isArray(v)) throw new Error(`seed: ${name} must be an array`);
  return v.map((x, i) => {
    if (!isObject(x)) throw new Error(`seed: ${name}[${i}] must be an object`);
    return x;
  });
}

function str(o: Record<string, unknown>, key: string, at: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new Error(`seed: ${at}.${key} must be a non-empty string`);
  return v;
}

function bool(o: Record<string, unknown>, key: string, at: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') throw new Error(`seed: ${at}.${key} must be true or false`);
  return v;
}
