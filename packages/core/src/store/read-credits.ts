import type { RateLimitInfo } from '../types/rate-limit-info.js';
import type { Transport } from '../types/transport.js';
import type { OperationMeta } from '../types/operation-meta.js';
import type { Hooked } from './shared-state.js';
import { parseRateLimit, toNumber } from '../rate-limit/parse-rate-limit.js';

const CREDITS: OperationMeta = { id: 'core.getCredits', method: 'GET', path: '/3/credits', security: ['bearer', 'clientId'], envelope: true, credits: 0 };

/**
 * Reads the remaining credits from `GET /3/credits` (it costs nothing), as
 * the call at hand would be sent (its `authorization`, Mashape key and
 * User-Agent; Client-ID when it has none, or when its bearer token is
 * refused with 401 or 403): the body's numbers, else the
 * response's `X-RateLimit-*` headers. Throws when neither holds a remaining count.
 */
export async function readCredits(state: Hooked, send: Transport, call: Parameters<Transport>): Promise<Partial<RateLimitInfo>> {
  const [, init, signal, timeoutMs] = call;
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'x-mashape-key', 'user-agent']) if (init.headers[name]) headers[name] = init.headers[name];
  if (!headers.authorization && state.clientId) headers.authorization = `Client-ID ${state.clientId}`;
  const get = (h: Record<string, string>) =>
    send(`${state.baseUrl}${CREDITS.path}`, { method: 'GET', headers: h, body: undefined, maxBytes: 1 << 16, follow: false }, signal, timeoutMs, CREDITS);
  let [response, text] = await get(headers);
  // An expired user token: the app's numbers by Client-ID rather than a refused call (the call itself gets the 401 and refreshes).
  if ((response.status === 401 || response.status === 403) && state.clientId && headers.authorization?.startsWith('Bearer ')) {
    [response, text] = await get({ ...headers, authorization: `Client-ID ${state.clientId}` });
  }
  let data: Record<string, unknown> = {};
  try {
    const parsed = (JSON.parse(text) as { data?: unknown }).data;
    if (response.ok && parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    // Not JSON: the headers may still tell.
  }
  const num = (value: unknown): number | undefined => (typeof value === 'number' ? toNumber(String(value)) : undefined);
  const headed = parseRateLimit(response.headers);
  const rate: Partial<RateLimitInfo> = {
    userLimit: num(data.UserLimit) ?? headed.userLimit,
    userRemaining: num(data.UserRemaining) ?? headed.userRemaining,
    userReset: num(data.UserReset) ?? headed.userReset,
    clientLimit: num(data.ClientLimit) ?? headed.clientLimit,
    clientRemaining: num(data.ClientRemaining) ?? headed.clientRemaining,
  };
  if (rate.userRemaining === undefined && rate.clientRemaining === undefined) throw new Error(`GET /3/credits answered HTTP ${response.status} without remaining credits`);
  return rate;
}
