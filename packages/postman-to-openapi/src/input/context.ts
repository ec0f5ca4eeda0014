import { literalOrigin } from '../request/servers.js';
import type { CollectionContext, JsonObject, RequestEntry } from '../types.js';
import type { ParsedUrl } from '../request/url.js';
import { MAX_URL_LENGTH, urlLength } from '../request/url-limit.js';
import { grantType } from './grant-type.js';
import { itemUrl } from './item-url.js';
import { record } from './record.js';

/** Collection variables as strings: `variable: [{key, value}]`; disabled ones are skipped, as Postman skips them. */
export function collectionVariables(collection: JsonObject): Record<string, string> {
  const out = record<string>();
  const list = collection.variable;
  if (!Array.isArray(list)) return out;
  for (const v of list) {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || v.disabled) continue;
    const key = v.key ?? v.id;
    const value = v.value;
    if (typeof key === 'string' && value !== undefined && value !== null && typeof value !== 'object') out[key] = String(value);
  }
  return out;
}

/**
 * Gathers what single requests need to know about the whole collection: variable
 * values, the most common literal origin (ties: alphabetical), and OAuth 2 as the collection
 * shows it: the first request to exactly `/oauth2/token` on a literal host gives the token URL
 * and the `grant_type` its body sends (later requests to that URL, the other grants they send); a
 * request to `/oauth2/authorize` on a literal host, if
 * any, the authorization URL. Nothing else is assumed.
 */
export function buildContext(collection: JsonObject, entries: RequestEntry[]): CollectionContext {
  const counts = new Map<string, number>();
  let oauth2: CollectionContext['oauth2'];
  let authorizationUrl: string | undefined;
  const grants = new Set<string>();
  for (const entry of entries) {
    const request = entry.raw.request;
    const url = typeof request === 'string' ? request : typeof request === 'object' && request && !Array.isArray(request) ? request.url : undefined;
    if (url === undefined || url === null || urlLength(url) > MAX_URL_LENGTH) continue;
    let parsed: ParsedUrl | undefined;
    try {
      parsed = itemUrl(entry.raw);
    } catch {
      continue; // an unreadable URL: the request's own conversion reports it
    }
    const origin = parsed ? literalOrigin(parsed) : undefined;
    if (!parsed || !origin) continue;
    counts.set(origin, (counts.get(origin) ?? 0) + 1);
    if (parsed.path === '/oauth2/token') {
      const grant = typeof request === 'object' && request && !Array.isArray(request) ? grantType(request.body) : undefined;
      if (!oauth2) {
        oauth2 = { tokenUrl: `${origin}/oauth2/token` };
        if (grant !== undefined) oauth2.grant = grant;
        if (grant !== undefined) grants.add(grant);
      } else if (grant !== undefined && !grants.has(grant) && oauth2.tokenUrl === `${origin}/oauth2/token`) {
        grants.add(grant);
        (oauth2.moreGrants ??= []).push(grant);
      }
    }
    if (authorizationUrl === undefined && parsed.path === '/oauth2/authorize') authorizationUrl = `${origin}/oauth2/authorize`;
  }
  if (oauth2 && authorizationUrl !== undefined) oauth2.authorizationUrl = authorizationUrl;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { variables: collectionVariables(collection), commonOrigin: ranked[0]?.[0], oauth2 };
}
