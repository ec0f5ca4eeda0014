import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockContext } from '../context.js';
import { parseBody, readRawBody } from '../http/body.js';
import { MockHttpError } from '../http/errors.js';
import { consentPage } from './oauth-page.js';
import { errorReply, send } from '../http/respond.js';
import type { TokenRec } from '../state/records.js';

const JSON_ONLY = { format: 'json', callback: undefined, truncate: false } as const;

/**
 * `GET /oauth2/authorize`: a consent page with Allow / Deny forms (no JavaScript needed);
 * `POST /oauth2/authorize` (the form) redirects to the client's redirect URI with the token or `error=access_denied` in the fragment.
 */
export async function handleAuthorize(app: MockContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const form = req.method === 'POST' ? await parseBody(await readRawBody(req, 64 * 1024), req.headers['content-type']) : undefined;
  const get = (k: string): string => form?.fields.get(k)?.[0] ?? url.searchParams.get(k) ?? '';
  const client = app.store.clients.get(get('client_id'));
  const page = (status: number, html: string): void => void res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
  if (!client) return page(400, consentPage({ error: 'Unknown or missing client_id.' }));
  const responseType = get('response_type');
  if (responseType !== 'token') return page(400, consentPage({ error: `Unsupported response_type "${responseType}": only "token" is supported.` }));
  const state = get('state');
  const users = [...app.store.users.values()];
  if (req.method !== 'POST') return page(200, consentPage({ client, state, users: users.map((u) => u.username) }));
  const decision = get('decision');
  const fragment = new URLSearchParams();
  if (decision === 'allow') {
    const user = app.store.userByName(get('username')) ?? users[0];
    if (!user) return page(400, consentPage({ error: 'No user to sign in as: the seed has no users.' }));
    const t = app.store.issueTokens(user.id, client.client_id);
    for (const [k, v] of Object.entries(tokenFields(app, t))) if (k !== 'scope') fragment.set(k, String(v));
  } else {
    fragment.set('error', 'access_denied');
  }
  if (state !== '') fragment.set('state', state);
  res.writeHead(302, { Location: `${client.redirect_uri}#${fragment.toString()}`, 'Cache-Control': 'no-store' }).end();
}

/**
 * `POST /oauth2/token`: `grant_type=refresh_token` (multipart, urlencoded or JSON) answers a bare token object with a
 * new access token and the same refresh token (a new one too with `rotateRefreshTokens`, which spends the old one).
 */
export async function handleToken(app: MockContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  try {
    const body = await parseBody(await readRawBody(req, 64 * 1024), req.headers['content-type']);
    const get = (k: string): string | undefined => {
      const j = body.json as Record<string, unknown> | undefined;
      const v = body.kind === 'json' && typeof j === 'object' && j !== null ? j[k] : body.fields.get(k)?.[0];
      return typeof v === 'string' && v !== '' ? v : undefined;
    };
    for (const k of ['grant_type', 'client_id', 'client_secret', 'refresh_token']) {
      if (get(k) === undefined) throw new MockHttpError(400, `Missing required field \`${k}\``);
    }
    if (get('grant_type') !== 'refresh_token') throw new MockHttpError(400, 'Invalid field `grant_type`: only refresh_token is supported');
    const client = app.store.clients.get(get('client_id') ?? '');
    if (!client || client.client_secret !== get('client_secret')) throw new MockHttpError(401, 'Invalid client credentials');
    const old = app.store.refreshTokens.get(get('refresh_token') ?? '');
    if (!old || old.clientId !== client.client_id) throw new MockHttpError(400, 'Invalid refresh token');
    // Imgur's refresh tokens do not expire and stay valid after use; `rotateRefreshTokens` spends them instead.
    if (app.auth.rotateRefreshTokens) app.store.refreshTokens.delete(old.refresh);
    const fresh = app.store.issueTokens(old.userId, client.client_id, app.auth.rotateRefreshTokens ? undefined : old.refresh);
    send(req, res, { status: 200, body: tokenFields(app, fresh), headers: { 'Cache-Control': 'no-store' } }, JSON_ONLY);
  } catch (e) {
    if (!(e instanceof MockHttpError)) throw e;
    send(req, res, errorReply(e.status, e.message, req, url.pathname), JSON_ONLY);
  }
}

function tokenFields(app: MockContext, t: TokenRec): Record<string, string | number | null> {
  const user = app.store.users.get(t.userId);
  return {
    access_token: t.access,
    expires_in: Math.round(app.store.tokenTtlMs / 1000),
    token_type: 'bearer',
    scope: null,
    refresh_token: t.refresh,
    account_id: t.userId,
    account_username: user?.username ?? '',
  };
}
