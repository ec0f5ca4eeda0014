import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MockContext } from '../context.js';
import { applyValueAliases } from '../bodies/value-aliases.js';
import { authenticate } from '../auth/auth.js';
import { parseBody, readRawBody } from './body.js';
import { callerAlias } from './caller-alias.js';
import { unreadBodyNeedsClose } from './raw-body.js';
import { rawUpload } from './raw-upload.js';
import { parseUrlencoded } from './urlencoded.js';
import { isObject } from '../spec/ref.js';
import { MockHttpError } from './errors.js';
import { binaryFields, bodyValue } from './form-value.js';
import { checkCallback, splitFormat } from './formats.js';
import type { HandlerContext } from './handlers.js';
import { errorReply, type RenderOptions, send } from './respond.js';
import { FAKE_STATUS, wantsFakeStatus, withFakeStatus } from './fake-status.js';
import { wrapData, generatedBody } from './response.js';
import { split } from './router.js';
import { stateHandlers } from '../state/table.js';

/** The `Sunset` date sent on operations the spec marks deprecated. */
export const SUNSET = 'Wed, 01 Jan 2025 00:00:00 GMT';

/** Answers one API request: route, faults, body, auth, credits, validation, then a stateful or generated response. */
export async function handleApi(app: MockContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = req.method ?? 'GET';
  const headers: Record<string, string> = {};
  let render: RenderOptions = { format: 'json', callback: undefined, truncate: false };
  let fake = wantsFakeStatus(url.searchParams, undefined);
  try {
    const decoded = decodePath(url.pathname);
    const { segments, format } = splitFormat(decoded);
    render = { ...render, format };
    const cb = url.searchParams.get('callback');
    if (cb !== null) render = { ...render, callback: checkCallback(cb) };
    // Credentials are checked from the headers before a byte of the body is read: a refused request costs nothing.
    // HEAD is answered as GET without a body (`send` leaves it out).
    const routed = method === 'HEAD' ? 'GET' : method;
    const match = app.router.match(routed, segments) ?? callerAlias(app, routed, segments, req.headers.authorization);
    if (!match) throw new MockHttpError(404, `No route for ${method} ${url.pathname}`);
    const { op } = match;
    const fault = app.faults.decide(routed, url.pathname);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.reset) return void req.socket.destroy();
    render = { ...render, truncate: fault.truncate };
    if (fault.rateLimited) throw new MockHttpError(429, 'Too Many Requests: rate limit exceeded', transientHeaders(app, req, method));
    if (fault.status !== undefined) throw new MockHttpError(fault.status, `Injected server error ${fault.status}`);
    const auth = authenticate(app.store, req.headers.authorization, op.auth, app.auth);
    const query = queryValues(op, url.search, app.limits.maxFields);
    delete query[FAKE_STATUS];
    const raw = await readRawBody(req, app.limits.maxBodyBytes);
    const binary = binaryFields(app.doc, op);
    const parsed = rawUpload(raw, req.headers['content-type'], binary) ?? (await parseBody(raw, req.headers['content-type'], (name) => binary.has(name), app.limits));
    fake = wantsFakeStatus(url.searchParams, parsed.fields.get(FAKE_STATUS)?.[0]);
    const bodyCallback = parsed.fields.get('callback')?.[0];
    if (bodyCallback !== undefined && render.callback === undefined) render = { ...render, callback: checkCallback(bodyCallback) };
    const userKey = auth.user ? `user:${auth.user.id}` : `ip:${req.socket.remoteAddress ?? ''}`;
    if (op.deprecated) Object.assign(headers, { Sunset: SUNSET, Deprecation: 'true' });
    Object.assign(headers, app.rate.charge(auth.client?.client_id ?? 'anonymous', userKey, op.credits, method === 'POST'));
    const path: Record<string, unknown> = { ...match.pathParams };
    app.validator.params(op, 'path', path);
    app.validator.params(op, 'query', query);
    let body: unknown = {};
    if (op.body) {
      if (parsed.kind === 'none' && op.body.required) throw new MockHttpError(400, 'Missing request body');
      if (parsed.kind !== 'none') {
        body = bodyValue(app.doc, op, parsed);
        applyValueAliases(op, body);
        app.validator.body(op, body, parsed.kind === 'form');
      }
    }
    const handler = stateHandlers[op.shape];
    const ctx: HandlerContext = {
      op,
      store: app.store,
      auth,
      args: match.args,
      query,
      body: (body ?? {}) as Record<string, unknown>,
      files: parsed.files,
      baseUrl: app.baseUrl,
      limits: app.limits,
      rate: app.rate,
      userKey,
    };
    const out = handler ? wrapData(app, op, await handler(ctx)) : generatedBody(app, op);
    send(req, res, { status: op.successStatus, body: out, headers }, render);
  } catch (e) {
    if (!(e instanceof MockHttpError)) throw e;
    if (unreadBodyNeedsClose(req, app.limits.maxBodyBytes)) headers.Connection = 'close';
    send(req, res, withFakeStatus(errorReply(e.status, e.message, req, url.pathname, { ...headers, ...e.headers }), fake), render);
  }
}

/** Rate-limit headers of an injected 429, for whoever the credentials name (unknown ones count as anonymous). */
function transientHeaders(app: MockContext, req: IncomingMessage, method: string): Record<string, string> {
  const who = authenticate(app.store, req.headers.authorization, 'none', app.auth);
  const userKey = who.user ? `user:${who.user.id}` : `ip:${req.socket.remoteAddress ?? ''}`;
  return app.rate.transientHeaders(who.client?.client_id ?? 'anonymous', userKey, method === 'POST');
}

function decodePath(pathname: string): string[] {
  try {
    return split(pathname).map((s) => decodeURIComponent(s));
  } catch {
    throw new MockHttpError(400, 'Invalid percent-encoding in the request path');
  }
}

/** Query values in one pass (at most `maxFields`); a repeated parameter keeps its last value unless the spec declares it an array. */
function queryValues(op: MockContext['ops'][number], search: string, maxFields: number): Record<string, unknown> {
  // Undeclared parameters (e.g. `perPage`, which Imgur honours on every list) pass through unvalidated.
  const out: Record<string, unknown> = {};
  for (const [name, all] of parseUrlencoded(search.slice(1), maxFields, 'query string')) {
    const declared = op.params.find((p) => p.in === 'query' && p.name === name);
    out[name] = declared !== undefined && isArraySchema(declared.schema) ? all : all.at(-1);
  }
  return out;
}

function isArraySchema(schema: unknown): boolean {
  const type = isObject(schema) ? schema.type : undefined;
  return type === 'array' || (Array.isArray(type) && type.includes('array'));
}
