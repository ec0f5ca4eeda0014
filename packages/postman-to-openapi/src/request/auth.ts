import type { Header } from 'postman-collection';
import { pascalCase } from '../naming/names.js';
import type { CollectionContext, JsonObject, SecurityRequirement, SecuritySchemeObject } from '../types.js';
import { safeType } from '../input/for-library.js';
import { keyText } from '../input/key-text.js';
import { record } from '../input/record.js';

/** An auth type's parameters: v2.1 writes `[{key, value}]`, v2.0 an object; only text and numbers are kept. */
function authParams(value: JsonObject[string] | undefined): Record<string, string> {
  const params = record<string>();
  const pairs: [unknown, unknown][] = Array.isArray(value)
    ? value.flatMap((p) => (p && typeof p === 'object' && !Array.isArray(p) ? [[p.key, p.value] as [unknown, unknown]] : []))
    : value && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, v] of pairs) if (typeof key === 'string' && (typeof v === 'string' || typeof v === 'number')) params[key] = String(v);
  return params;
}

/** Security of one request: named schemes and the alternatives that accept it. */
export interface RequestSecurity {
  schemes: Record<string, SecuritySchemeObject>;
  security: SecurityRequirement[];
  /** Auth types that have no OpenAPI equivalent. */
  unsupported: string[];
}

function resolve(text: string, context: CollectionContext): string {
  return text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (m, name: string) => context.variables[name] ?? m);
}

function bearer(context: CollectionContext): [string, SecuritySchemeObject] {
  if (!context.oauth2) return ['BearerAuth', { type: 'http', scheme: 'bearer', description: 'Send `Authorization: Bearer <token>`.' }];
  const { authorizationUrl, tokenUrl } = context.oauth2;
  return [
    'OAuth2',
    {
      type: 'oauth2',
      description: 'OAuth 2 access token sent as `Authorization: Bearer <access_token>`; refresh it at the token URL.',
      flows: { implicit: { authorizationUrl, refreshUrl: tokenUrl, scopes: {} } },
    },
  ];
}

function oauth2(params: Record<string, string>, context: CollectionContext): [string, SecuritySchemeObject] {
  const authorizationUrl = resolve(params.authUrl ?? context.oauth2?.authorizationUrl ?? '', context);
  const tokenUrl = resolve(params.accessTokenUrl ?? context.oauth2?.tokenUrl ?? '', context);
  const grant = params.grant_type ?? 'authorization_code';
  const flows: Record<string, { authorizationUrl?: string; tokenUrl?: string; scopes: Record<string, string> }> =
    grant === 'implicit'
      ? { implicit: { authorizationUrl, scopes: {} } }
      : grant === 'client_credentials'
        ? { clientCredentials: { tokenUrl, scopes: {} } }
        : grant === 'password' || grant === 'password_credentials'
          ? { password: { tokenUrl, scopes: {} } }
          : { authorizationCode: { authorizationUrl, tokenUrl, scopes: {} } };
  return ['OAuth2', { type: 'oauth2', description: `OAuth 2 (${grant}).`, flows }];
}

type FoundScheme = [string, SecuritySchemeObject] | string | undefined;

// One auth object (the collection's, a folder's) is read once per conversion, not once per request.
const seen = new WeakMap<CollectionContext, Map<JsonObject, FoundScheme>>();

function fromAuthObject(raw: JsonObject, context: CollectionContext): FoundScheme {
  let cache = seen.get(context);
  if (!cache) seen.set(context, (cache = new Map()));
  if (cache.has(raw)) return cache.get(raw);
  const found = readAuthObject(raw, context);
  cache.set(raw, found);
  return found;
}

function readAuthObject(raw: JsonObject, context: CollectionContext): FoundScheme {
  const type = typeof raw.type === 'string' ? raw.type : '';
  if (!safeType(type)) return type;
  const params = authParams(raw[type]);
  switch (type) {
    case 'noauth':
      return undefined;
    case 'bearer':
      return bearer(context);
    case 'basic':
      return ['BasicAuth', { type: 'http', scheme: 'basic', description: 'HTTP Basic authentication.' }];
    case 'digest':
      return ['DigestAuth', { type: 'http', scheme: 'digest', description: 'HTTP Digest authentication.' }];
    case 'oauth2':
      return oauth2(params, context);
    case 'oauth1':
      return [
        'OAuth1',
        {
          type: 'http',
          scheme: 'OAuth',
          description: `OAuth 1.0 (RFC 5849): each request is signed${/^[\w-]{1,30}$/.test(params.signatureMethod ?? '') ? ` with ${params.signatureMethod}` : ''} and sent as \`Authorization: OAuth ...\` (consumer key, token, nonce, timestamp, signature).`,
        },
      ];
    case 'hawk':
      return ['Hawk', { type: 'http', scheme: 'Hawk', description: 'Hawk HTTP authentication: each request is signed and sent as `Authorization: Hawk ...`.' }];
    case 'apikey': {
      const name = params.key || 'X-API-Key';
      const where = params.in === 'query' ? 'query' : 'header';
      return [`ApiKey${pascalCase(name)}`, { type: 'apiKey', name, in: where, description: `API key sent in the ${where} \`${name}\`.` }];
    }
    default:
      return type;
  }
}

function fromHeader(value: string, context: CollectionContext): [string, SecuritySchemeObject] {
  const prefix = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s+\S/.exec(value)?.[1];
  if (prefix?.toLowerCase() === 'bearer') return bearer(context);
  if (prefix?.toLowerCase() === 'basic') return ['BasicAuth', { type: 'http', scheme: 'basic', description: 'HTTP Basic authentication.' }];
  if (prefix === undefined) {
    return ['AuthorizationHeader', { type: 'apiKey', name: 'Authorization', in: 'header', description: 'A credential sent as the whole `Authorization` header.' }];
  }
  const variable = /\{\{\s*([^{}]+?)\s*\}\}/.exec(value)?.[1] ?? 'value';
  return [
    pascalCase(prefix),
    {
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      description: `API key in the \`Authorization\` header, written with the \`${prefix}\` prefix: \`Authorization: ${prefix} <${variable}>\`.`,
    },
  ];
}

/**
 * Works out the security of one request: its own `auth`, else the nearest folder's,
 * else the collection's (`noauth` stops the search), plus every `Authorization`
 * header, enabled or disabled (a disabled one is an accepted alternative).
 * No auth at all gives `security: []`.
 */
export function requestSecurity(ownAuth: JsonObject | undefined, inherited: JsonObject[], headers: Header[], context: CollectionContext): RequestSecurity {
  const schemes = record<SecuritySchemeObject>();
  const unsupported: string[] = [];
  const effective = ownAuth ?? inherited[inherited.length - 1];
  const found = effective ? fromAuthObject(effective, context) : undefined;
  if (typeof found === 'string') unsupported.push(found);
  else if (found) schemes[found[0]] = found[1];
  for (const header of headers) {
    if (keyText(header.key).toLowerCase() !== 'authorization') continue;
    const [name, scheme] = fromHeader(String(header.value ?? ''), context);
    schemes[name] = scheme;
  }
  const security = Object.keys(schemes)
    .sort()
    .map((name) => ({ [name]: [] }));
  return { schemes, security, unsupported };
}
