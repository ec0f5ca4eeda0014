import { readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { startMockServer } from '../src/server.js';
import { defaultSeed } from '../src/admin/seed.js';
import { readOperations } from '../src/spec/operations.js';
import { Validator } from '../src/http/validate.js';
import type { MockServer, MockServerOptions, OpenApiDocument } from '../src/types.js';

/** The fixture OpenAPI document (the shape of spec/openapi.json). */
export const fixture = JSON.parse(readFileSync(new URL('./fixtures/openapi.fixture.json', import.meta.url), 'utf8')) as OpenApiDocument;

export const CLIENT = 'Client-ID mock-client-id';
export const BEARER = 'Bearer mock-access-token';

const open: MockServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** The default seed with a password on its user and a second, verified user ("stranger", token STRANGER). */
export const TWO_USERS_SEED = {
  ...defaultSeed,
  users: [
    { ...defaultSeed.users[0]!, password: 'right-horse' },
    { username: 'stranger', id: 2, access_token: 'stranger-token', refresh_token: 'stranger-refresh', email_verified: true },
  ],
};
/** The Authorization header of TWO_USERS_SEED's second user. */
export const STRANGER = 'Bearer stranger-token';

/** Starts a server on 127.0.0.1:0 with the fixture spec; closed after each test. */
export async function start(options: MockServerOptions = {}): Promise<MockServer> {
  const server = await startMockServer({ spec: fixture, ...options });
  open.push(server);
  return server;
}

/** fetch + JSON body. */
export async function call(server: MockServer, method: string, path: string, init: { auth?: string; body?: BodyInit; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.auth !== undefined) headers.authorization = init.auth;
  const res = await fetch(server.url + path, { method, headers, ...(init.body === undefined ? {} : { body: init.body }) });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: tests read any field of any reply body
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { res, status: res.status, json, text };
}

/** A form body from a plain object (arrays become repeated keys). */
export function form(fields: Record<string, string | string[] | Blob>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (Array.isArray(v)) for (const x of v) fd.append(k, x);
    else fd.append(k, v);
  }
  return fd;
}

/** A valid PNG of the given size (header only: enough for sniffing). */
export function png(width = 2, height = 3): Blob {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return new Blob([b], { type: 'image/png' });
}

/** Uploads a PNG and returns the Image data. */
export async function upload(server: MockServer, auth: string, extra: Record<string, string> = {}) {
  const r = await call(server, 'POST', '/3/upload', { auth, body: form({ image: png(), ...extra }) });
  if (r.status !== 200) throw new Error(`upload failed: ${r.status} ${r.text}`);
  return r.json.data as { id: string; deletehash: string; link: string; [k: string]: unknown };
}

const validator = new Validator(fixture);
const opsById = new Map(readOperations(fixture).map((o) => [o.id, o]));

/** Fails unless `body` validates against the 2xx schema of operation `id` in the fixture. */
export function expectValid(id: string, body: unknown): void {
  const op = opsById.get(id);
  if (!op) throw new Error(`no operation ${id}`);
  const problem = validator.check(id, op.responseSchema, body);
  if (problem !== undefined) throw new Error(`${id}: ${problem}\n${JSON.stringify(body)}`);
}
