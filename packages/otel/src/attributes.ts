import type { Attributes } from '@opentelemetry/api';
import type { ImgurCall, ImgurCallOutcome } from '@imgur-ts/core';

/**
 * Span attributes of a call when it starts: the HTTP client semantic
 * conventions (`http.request.method`, `server.address`, `server.port`,
 * `url.template`) and Imgur's operation id and credit cost.
 */
export function callAttributes(call: ImgurCall): Attributes {
  const base = new URL(call.baseUrl);
  return {
    'http.request.method': call.method,
    'server.address': base.hostname,
    'server.port': Number(base.port) || (base.protocol === 'https:' ? 443 : 80),
    'url.template': call.path,
    'imgur.operation.id': call.operationId,
    'imgur.credits.cost': call.credits,
  };
}

/** Span attributes of a call when it ends: status, attempts, cache, refresh and credits remaining. */
export function outcomeAttributes(outcome: ImgurCallOutcome): Attributes {
  const attributes: Attributes = {
    'imgur.attempts': outcome.attempts,
    'imgur.from_cache': outcome.fromCache,
    'imgur.refreshed': outcome.refreshed,
  };
  if (outcome.status !== undefined) attributes['http.response.status_code'] = outcome.status;
  if (outcome.attempts > 1) attributes['http.request.resend_count'] = outcome.attempts - 1;
  const { clientRemaining, userRemaining } = outcome.rateLimit ?? {};
  if (clientRemaining !== undefined) attributes['imgur.credits.client_remaining'] = clientRemaining;
  if (userRemaining !== undefined) attributes['imgur.credits.user_remaining'] = userRemaining;
  return attributes;
}
