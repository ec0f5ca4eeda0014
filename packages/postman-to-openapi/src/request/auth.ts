import type { Header } from 'postman-collection';
import { pascalCase } from '../naming/names.js';
import type { CollectionContext, JsonObject, OAuthFlow, PostmanOAuth2, SecurityRequirement, SecuritySchemeObject, WarningCode } from '../types.js';
import { quote } from '../input/quote.js';
import { safeType } from '../input/for-library.js';
import { keyText } from '../input/key-text.js';
import { record } from '../input/record.js';
import { variableName } from '../input/variable-name.js';
import { fillVariables } from '../input/fill-variables.js';

/** An auth type's parameters: v2.1 writes `[{key, value}]`, v2.0 an object; only text and numbers are kept. */
function authParams(value: JsonObject[string] | undefined): Record<string, string> {
  const params = record<string>();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = value[i];
      if (p && typeof p === 'object' && !Array.isArray(p)) keepParam(params, p.key, p.value);
    }
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) keepParam(params, key, v);
  }
  return params;
}

/** Keeps a parameter whose key is text and whose value is text, a number or a boolean (as text: `addParamsToHeader: false`), and a `scope` list. */
function keepParam(params: Record<string, string>, key: unknown, value: unknown): void {
  if (typeof key === 'string' && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) params[key] = String(value);
  // An OAuth 2 `scope` given as a list: its text items, space separated as Postman writes them.
  else if (key === 'scope' && Array.isArray(value)) params[key] = value.filter((v): v is string => typeof v === 'string').join(' ');
}

/** Security of one request: named schemes and the alternatives that accept it. */
export interface RequestSecurity {
  schemes: Record<string, SecuritySchemeObject>;
  security: SecurityRequirement[];
  /** What the request's auth needed said: an auth type OpenAPI lacks, an OAuth 2 setup without its URLs. */
  notes: { code: WarningCode; message: string }[];
}

/** A scheme found for an auth object, with what to tell about it. */
interface Found {
  name: string;
  scheme: SecuritySchemeObject;
  note?: { code: WarningCode; message: string };
  /** The OAuth 2 scopes the auth object asks for: the list of its security requirement. */
  scopes?: string[];
}

// Scheme names handed out in one conversion: one name per distinct scheme (`OAuth2`, `OAuth2ClientCredentials`, ...).
const names = new WeakMap<CollectionContext, { bySignature: Map<string, string>; taken: Set<string>; next: Map<string, number> }>();

/** The name of a scheme: the same scheme always gets the same name; a different one never takes a name already given. */
function schemeName(context: CollectionContext, scheme: SecuritySchemeObject, bases: string[]): string {
  let registry = names.get(context);
  if (!registry) names.set(context, (registry = { bySignature: new Map(), taken: new Set(), next: new Map() }));
  const signature = JSON.stringify(scheme);
  const known = registry.bySignature.get(signature);
  if (known) return known;
  let name = bases.find((b) => !registry.taken.has(b));
  const last = bases[bases.length - 1] as string;
  // Numbered names resume where the last one stopped: linear in the number of schemes.
  for (let i = registry.next.get(last) ?? 2; name === undefined; i++) {
    if (!registry.taken.has(`${last}${i}`)) {
      name = `${last}${i}`;
      registry.next.set(last, i + 1);
    }
  }
  registry.taken.add(name);
  registry.bySignature.set(signature, name);
  return name;
}

/** A text with its `{{variables}}` filled in from the collection's values, nested ones too (see fillVariables). */
function resolve(text: string, context: CollectionContext): string {
  return fillVariables(text, context.variables);
}

const bearers = new WeakMap<CollectionContext, Found>();
// Conversions whose bearer scheme's note has been told.
const bearerNoted = new WeakSet<CollectionContext>();

/** The bearer scheme of a collection: OAuth 2 when it has a token endpoint, else plain bearer (worked out once per conversion). */
function bearer(context: CollectionContext): Found {
  let found = bearers.get(context);
  if (!found) bearers.set(context, (found = bearerScheme(context)));
  return found;
}

const SENT = 'OAuth 2 access token sent as `Authorization: Bearer <access_token>`';

// The grants a token request may send that an OpenAPI 3.1 flow describes (no grant at all counts as a refresh).
const FLOW_GRANTS = new Set(['authorization_code', 'password', 'client_credentials', 'implicit', 'refresh_token']);

/** Whether an OpenAPI 3.1 flow describes a grant sent to the token URL (`device_code`, `jwt-bearer`, ... have none). */
function flowGrant(grant: string | undefined): boolean {
  return grant === undefined || FLOW_GRANTS.has(grant);
}

const NO_FLOW = 'a grant OpenAPI 3.1 has no OAuth 2 flow for';

/**
 * Bearer auth in a collection with a token request: the OAuth 2 flow that request's
 * `grant_type` shows, with the URLs the collection has (client_credentials and password need
 * only the token URL; authorization_code, and a refresh_token, implicit or no grant, need an
 * authorization URL: then implicit, with the token URL as refresh URL). A grant no OpenAPI flow
 * describes (device_code, ...) is never declared as a flow, and is named in a note. Without the
 * URLs a flow needs, a bearer scheme with `x-postman-oauth2` saying what is missing, noted once.
 */
function bearerScheme(context: CollectionContext): Found {
  if (!context.oauth2) return { name: 'BearerAuth', scheme: { type: 'http', scheme: 'bearer', description: 'Send `Authorization: Bearer <token>`.' } };
  if (context.oauth2.moreGrants) {
    const several = severalGrants(context, context.oauth2.grant, context.oauth2.moreGrants);
    if (several) return several;
  }
  const { authorizationUrl, tokenUrl, grant, moreGrants } = context.oauth2;
  let flow: FlowKey | undefined;
  let flowObject: OAuthFlow | undefined;
  const unknown = (grant === undefined ? (moreGrants ?? []) : [grant, ...(moreGrants ?? [])]).filter((g) => !flowGrant(g));
  if (grant === 'client_credentials' || grant === 'password') {
    flow = grant === 'password' ? 'password' : 'clientCredentials';
    flowObject = { tokenUrl, scopes: {} };
  } else if (authorizationUrl !== undefined && flowGrant(grant)) {
    flow = grant === 'authorization_code' ? 'authorizationCode' : 'implicit';
    flowObject = flow === 'implicit' ? { authorizationUrl, refreshUrl: tokenUrl, scopes: {} } : { authorizationUrl, tokenUrl, scopes: {} };
  }
  if ((flow === undefined || flowObject === undefined) && unknown.length > 0) return noFlowScheme(context, grant, moreGrants ?? [], unknown);
  if (flow === undefined || flowObject === undefined) {
    const grantText = grant === undefined ? '' : ` (grant_type ${grant})`;
    return bearerFallback(
      context,
      `the collection requests tokens at ${tokenUrl}${grantText} but gives no authorization URL`,
      { ...(grant === undefined ? {} : { grant }), tokenUrl, missing: ['authorizationUrl'] },
      (name) =>
        `bearer token from ${tokenUrl}${grantText} without an authorization URL in the collection; declared as the bearer scheme "${name}" for every request sending a bearer token (\`x-postman-oauth2\` names what is missing)`,
    );
  }
  const scheme: SecuritySchemeObject = {
    type: 'oauth2',
    description: flow === 'implicit' ? `${SENT}; refresh it at the token URL.` : `${SENT}; the collection requests it at the token URL (grant_type ${grant}).`,
    flows: { [flow]: flowObject },
  };
  const name = schemeName(context, scheme, ['OAuth2', `OAuth2${flow.charAt(0).toUpperCase()}${flow.slice(1)}`]);
  if (unknown.length === 0) return { name, scheme };
  return {
    name,
    scheme,
    note: {
      code: 'incomplete-auth',
      message: `the collection requests tokens at ${tokenUrl} with grant_type ${unknown.join(', ')} too, ${NO_FLOW}; not declared as a flow of "${name}"`,
    },
  };
}

/**
 * Bearer auth whose token requests show no flow, some of them with a grant no OpenAPI flow describes:
 * a bearer scheme with `x-postman-oauth2` (`missing` names the authorization URL only when another grant lacks it), noted once.
 */
function noFlowScheme(context: CollectionContext, grant: string | undefined, more: string[], unknown: string[]): Found {
  const { tokenUrl } = context.oauth2 as NonNullable<CollectionContext['oauth2']>;
  const all = grant === undefined ? more : [grant, ...more];
  const needing = all.filter(flowGrant);
  const lacks = grant === undefined || needing.length > 0;
  const why = `${NO_FLOW}${lacks ? `, and ${needing.length > 0 ? `grant_type ${needing.join(', ')}` : 'a request without grant_type'} needs an authorization URL the collection does not give` : ''}`;
  const grants = `(grant_type ${all.join(', ')}), ${unknown.length === all.length ? '' : `${unknown.join(', ')} being `}${why}`;
  return bearerFallback(
    context,
    `the collection requests tokens at ${tokenUrl} ${grants}`,
    { ...(grant === undefined ? {} : { grant }), tokenUrl, missing: lacks ? ['authorizationUrl'] : [] },
    (name) => `bearer token from ${tokenUrl} ${grants}; declared as the bearer scheme "${name}" for every request sending a bearer token`,
  );
}

/**
 * The bearer scheme declared when token requests show no OAuth 2 flow: `why` ends its description ("…, so no OAuth 2
 * flow is described"), `extension` is its `x-postman-oauth2`, and the `incomplete-auth` note is `message` of the name it gets.
 */
function bearerFallback(context: CollectionContext, why: string, extension: PostmanOAuth2, message: (name: string) => string): Found {
  const scheme: SecuritySchemeObject = { type: 'http', scheme: 'bearer', description: `${SENT}; ${why}, so no OAuth 2 flow is described.`, 'x-postman-oauth2': extension };
  const name = schemeName(context, scheme, ['OAuth2', 'OAuth2Bearer']);
  return { name, scheme, note: { code: 'incomplete-auth', message: message(name) } };
}

/** The flow a token request's grant shows, with the collection's URLs (see bearerScheme); `undefined` without the authorization URL it needs. */
function grantFlow(grant: string | undefined, tokenUrl: string, authorizationUrl: string | undefined): [FlowKey, OAuthFlow] | undefined {
  if (grant === 'client_credentials' || grant === 'password') return [grant === 'password' ? 'password' : 'clientCredentials', { tokenUrl, scopes: {} }];
  if (authorizationUrl === undefined) return undefined;
  return grant === 'authorization_code' ? ['authorizationCode', { authorizationUrl, tokenUrl, scopes: {} }] : ['implicit', { authorizationUrl, refreshUrl: tokenUrl, scopes: {} }];
}

/**
 * Bearer auth in a collection whose token requests send several grants: one OAuth 2 scheme with
 * the flow of each (the first grant of a flow describes it); a grant whose flow needs an
 * authorization URL the collection lacks is named in a note. `undefined` when no grant gives a flow.
 */
function severalGrants(context: CollectionContext, first: string | undefined, more: string[]): Found | undefined {
  const { tokenUrl, authorizationUrl } = context.oauth2 as NonNullable<CollectionContext['oauth2']>;
  const flows = record<OAuthFlow>();
  const shown: string[] = [];
  const left: string[] = [];
  const unknown: string[] = [];
  for (const grant of first === undefined ? more : [first, ...more]) {
    const found = flowGrant(grant) ? grantFlow(grant, tokenUrl, authorizationUrl) : undefined;
    if (!flowGrant(grant)) unknown.push(grant);
    else if (!found) left.push(grant);
    else if (!flows[found[0]]) {
      flows[found[0]] = found[1];
      shown.push(grant);
    }
  }
  const firstFlow = Object.keys(flows)[0];
  if (firstFlow === undefined) return undefined;
  const scheme: SecuritySchemeObject = {
    type: 'oauth2',
    description: `${SENT}; the collection requests it at the token URL (grant_type ${shown.join(', ')}).`,
    flows,
  };
  const name = schemeName(context, scheme, ['OAuth2', `OAuth2${firstFlow.charAt(0).toUpperCase()}${firstFlow.slice(1)}`]);
  if (left.length === 0 && unknown.length === 0) return { name, scheme };
  const needs = left.length === 0 ? '' : `${left.join(', ')} too, which needs an authorization URL the collection does not give`;
  const noFlow = unknown.length === 0 ? '' : `${unknown.join(', ')}${needs === '' ? ' too' : ''}, ${NO_FLOW}`;
  return {
    name,
    scheme,
    note: {
      code: 'incomplete-auth',
      message: `the collection requests tokens at ${tokenUrl} with grant_type ${needs}${needs !== '' && noFlow !== '' ? ', and ' : ''}${noFlow}; not declared as a flow of "${name}"`,
    },
  };
}

type FlowKey = 'implicit' | 'clientCredentials' | 'password' | 'authorizationCode';
const FLOW_NEEDS: Record<FlowKey, ('authorizationUrl' | 'tokenUrl')[]> = {
  implicit: ['authorizationUrl'],
  clientCredentials: ['tokenUrl'],
  password: ['tokenUrl'],
  authorizationCode: ['authorizationUrl', 'tokenUrl'],
};

/** Whether a URL (after its {{variables}}) is an absolute http(s) URL, which an OpenAPI flow's URLs must be. */
function httpUrl(text: string): boolean {
  if (!/^https?:\/\/[^\s/?#]/i.test(text) || /\s|\{\{|\}\}/.test(text)) return false;
  return URL.canParse(text);
}

/**
 * An oauth2 auth object: one scheme per distinct flow and URLs (the first `OAuth2`, others
 * named after their flow: `OAuth2ClientCredentials`, ...). A flow whose URLs the collection
 * does not give, or gives as something else than an absolute http(s) URL once its {{variables}}
 * are read (`{{authUrl}}` without a value, `not a url`), is declared as a bearer token with
 * `x-postman-oauth2` saying which URLs are missing (an OpenAPI flow cannot do without them), and
 * a note says so, quoting a URL left out. A grant no OpenAPI flow describes is never declared as one (see {@link noFlowGrant}).
 */
function oauth2(params: Record<string, string>, context: CollectionContext): Found {
  const urls = {
    authorizationUrl: resolve(params.authUrl ?? context.oauth2?.authorizationUrl ?? '', context).trim(),
    tokenUrl: resolve(params.accessTokenUrl ?? context.oauth2?.tokenUrl ?? '', context).trim(),
  };
  const given = params.grant_type ?? 'authorization_code';
  const grant = /^[\w.:-]{1,60}$/.test(given) ? given : 'authorization_code';
  const scopes = scopeNames(params.scope, context);
  if (!AUTH_OBJECT_GRANTS.has(grant)) return withRoles(noFlowGrant(grant, urls.tokenUrl, context), scopes);
  const flow: FlowKey =
    grant === 'implicit'
      ? 'implicit'
      : grant === 'client_credentials'
        ? 'clientCredentials'
        : grant === 'password' || grant === 'password_credentials'
          ? 'password'
          : 'authorizationCode';
  const bases = ['OAuth2', `OAuth2${flow.charAt(0).toUpperCase()}${flow.slice(1)}`];
  const missing = FLOW_NEEDS[flow].filter((k) => !httpUrl(urls[k]));
  if (missing.length > 0) {
    const bad = missing.filter((k) => urls[k] !== '').map((k) => quote(urls[k]));
    const why =
      bad.length === 0 ? '' : ` (its ${bad.join(' and ')} ${bad.length === 1 ? 'is' : 'are'} not ${bad.length === 1 ? 'an absolute http(s) URL' : 'absolute http(s) URLs'})`;
    const scheme: SecuritySchemeObject = {
      type: 'http',
      scheme: 'bearer',
      description: `OAuth 2 (${grant}) access token sent as \`Authorization: Bearer <access_token>\`; the collection gives no ${missing.join(' and ')}${why}, so no OAuth 2 flow is described.`,
      'x-postman-auth': 'oauth2',
      'x-postman-oauth2': { grant, missing },
    };
    const name = schemeName(context, scheme, bases.slice(1));
    return withRoles(
      {
        name,
        scheme,
        note: {
          code: 'incomplete-auth',
          message: `oauth2 (${grant}) without ${missing.join(' and ')} in the collection${why}; declared as the bearer scheme "${name}" (\`x-postman-oauth2\` names what is missing)`,
        },
      },
      scopes,
    );
  }
  const flowObject =
    flow === 'implicit'
      ? { authorizationUrl: urls.authorizationUrl, scopes: {} }
      : flow === 'authorizationCode'
        ? { ...urls, scopes: {} }
        : { tokenUrl: urls.tokenUrl, scopes: {} };
  const scheme: SecuritySchemeObject = { type: 'oauth2', description: `OAuth 2 (${grant}).`, flows: { [flow]: flowObject } };
  // Named without its scopes: the same setup asking for other scopes is the same scheme.
  const name = schemeName(context, scheme, bases);
  const found: Found = { name, scheme: withScopes(context, name, scheme, flow, scopes) };
  if (scopes.length > 0) found.scopes = scopes;
  return found;
}

/** An oauth2 `scope` parameter as its scope names (space separated, once each), `{{variables}}` read; a name still holding one is left out. */
function scopeNames(scope: string | undefined, context: CollectionContext): string[] {
  if (scope === undefined || scope.trim() === '') return [];
  const names = new Set<string>();
  for (const name of resolve(scope, context).split(/\s+/)) if (name !== '' && !name.includes('{{') && !name.includes('}}')) names.add(name);
  return [...names];
}

// The oauth2 scheme object of each name in one conversion: setups that differ only in their scopes share it, and it lists every scope.
const flowSchemes = new WeakMap<CollectionContext, Map<string, SecuritySchemeObject>>();

/** The scheme named `name` (the first object given that name), with `scopes` added to its flow's scopes. */
function withScopes(context: CollectionContext, name: string, scheme: SecuritySchemeObject, flow: FlowKey, scopes: string[]): SecuritySchemeObject {
  let byName = flowSchemes.get(context);
  if (!byName) flowSchemes.set(context, (byName = new Map()));
  let shared = byName.get(name);
  if (!shared) byName.set(name, (shared = scheme));
  if (scopes.length === 0 || shared.type !== 'oauth2') return shared;
  const target = shared.flows[flow] as OAuthFlow;
  if (Object.getPrototypeOf(target.scopes) === Object.prototype) target.scopes = record(target.scopes); // `__proto__` is a scope name like any other
  for (let i = 0; i < scopes.length; i++) if (!Object.hasOwn(target.scopes, scopes[i] as string)) target.scopes[scopes[i] as string] = '';
  return shared;
}

/** A found scheme with the scopes the auth object asks for (a bearer scheme's security requirement lists them as its roles). */
function withRoles(found: Found, scopes: string[]): Found {
  if (scopes.length > 0) found.scopes = scopes;
  return found;
}

// The grant types of Postman's oauth2 auth (and the plain OAuth 2 names of two of them), each of which an OpenAPI flow describes.
const AUTH_OBJECT_GRANTS = new Set(['authorization_code', 'authorization_code_with_pkce', 'implicit', 'client_credentials', 'password', 'password_credentials']);

/** An oauth2 auth object whose grant no OpenAPI 3.1 flow describes (`device_code`, ...): a bearer scheme naming the grant, noted. */
function noFlowGrant(grant: string, tokenUrl: string, context: CollectionContext): Found {
  const scheme: SecuritySchemeObject = {
    type: 'http',
    scheme: 'bearer',
    description: `OAuth 2 (${grant}) access token sent as \`Authorization: Bearer <access_token>\`; ${grant} is ${NO_FLOW}, so no OAuth 2 flow is described.`,
    'x-postman-auth': 'oauth2',
    'x-postman-oauth2': { grant, ...(httpUrl(tokenUrl) ? { tokenUrl } : {}), missing: [] },
  };
  const name = schemeName(context, scheme, ['OAuth2Bearer']);
  return {
    name,
    scheme,
    note: { code: 'incomplete-auth', message: `oauth2 (${grant}), ${NO_FLOW}; declared as the bearer scheme "${name}" (\`x-postman-oauth2\` names the grant)` },
  };
}

// oauth2 schemes worked out in one conversion, by their auth parameters: requests often carry their own
// auth object, each a copy of the same few.
const oauth2Seen = new WeakMap<CollectionContext, Map<string, Found>>();

/** {@link oauth2}, worked out once per conversion for each set of parameters. */
function oauth2Once(params: Record<string, string>, context: CollectionContext): Found {
  let cache = oauth2Seen.get(context);
  if (!cache) oauth2Seen.set(context, (cache = new Map()));
  const key = JSON.stringify(params);
  let found = cache.get(key);
  if (!found) cache.set(key, (found = oauth2(params, context)));
  return found;
}

/**
 * An oauth1 auth object: one scheme per signature method and placement (the first `OAuth1`,
 * others named after them: `OAuth1Plaintext`, `OAuth1RsaSha256Query`, ...), so that each
 * operation's scheme names its own. With `addParamsToHeader: false` Postman sends the `oauth_*`
 * parameters in the query string (or a form-urlencoded body), not in the `Authorization` header:
 * an apiKey in the query (`oauth_signature`) with `x-postman-auth: oauth1`.
 */
function oauth1(params: Record<string, string>, context: CollectionContext): Found {
  const method = /^[\w-]{1,30}$/.test(params.signatureMethod ?? '') ? params.signatureMethod : undefined;
  const signed = `OAuth 1.0 (RFC 5849): each request is signed${method ? ` with ${method}` : ''}`;
  const inHeader = params.addParamsToHeader !== 'false';
  const scheme: SecuritySchemeObject = inHeader
    ? { type: 'http', scheme: 'OAuth', description: `${signed} and sent as \`Authorization: OAuth ...\` (consumer key, token, nonce, timestamp, signature).` }
    : {
        type: 'apiKey',
        name: 'oauth_signature',
        in: 'query',
        description: `${signed}; Postman sends the \`oauth_*\` parameters (consumer key, token, nonce, timestamp, signature method, signature) in the query string, or in the body of a form-urlencoded request, not in an \`Authorization\` header (\`addParamsToHeader\` is false).`,
        'x-postman-auth': 'oauth1',
      };
  return { name: schemeName(context, scheme, ['OAuth1', `OAuth1${method ? pascalCase(method) : ''}${inHeader ? '' : 'Query'}`]), scheme };
}

/**
 * An auth type OpenAPI has no scheme for (awsv4, ntlm, edgegrid, jwt, asap, ...): declared as a
 * credential in the `Authorization` header, which is where Postman puts each of them, with the
 * Postman type in `x-postman-auth`, so that the operation never reads as needing no auth.
 */
function unsupported(type: string, context: CollectionContext): Found {
  const label = safeType(type) && type.length <= 40 ? type : quote(type, 40);
  const scheme: SecuritySchemeObject = {
    type: 'apiKey',
    name: 'Authorization',
    in: 'header',
    description: `Postman ${safeType(type) && type.length <= 40 ? `"${label}"` : label} auth, which OpenAPI has no scheme for: Postman computes the credential and sends it, usually in the \`Authorization\` header.`,
    'x-postman-auth': type.length <= 100 ? type : type.slice(0, 100),
  };
  const name = schemeName(context, scheme, [`${pascalCase(safeType(type) && type.length <= 40 ? type : '') || 'Unknown'}Auth`]);
  return {
    name,
    scheme,
    note: { code: 'unsupported-auth', message: `auth type ${safeType(type) ? `"${label}"` : label} has no OpenAPI security scheme; declared as "${name}" with \`x-postman-auth\`` },
  };
}

type FoundScheme = Found | undefined;

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
  if (type === '') return undefined;
  if (!safeType(type)) return unsupported(type, context);
  const params = authParams(raw[type]);
  switch (type) {
    case 'noauth':
      return undefined;
    case 'bearer':
      return bearer(context);
    case 'basic':
      return { name: 'BasicAuth', scheme: { type: 'http', scheme: 'basic', description: 'HTTP Basic authentication.' } };
    case 'digest':
      return { name: 'DigestAuth', scheme: { type: 'http', scheme: 'digest', description: 'HTTP Digest authentication.' } };
    case 'oauth2':
      return oauth2Once(params, context);
    case 'oauth1':
      return oauth1(params, context);
    case 'hawk':
      return { name: 'Hawk', scheme: { type: 'http', scheme: 'Hawk', description: 'Hawk HTTP authentication: each request is signed and sent as `Authorization: Hawk ...`.' } };
    case 'apikey': {
      const name = params.key || 'X-API-Key';
      const where = params.in === 'query' ? 'query' : 'header';
      return { name: `ApiKey${pascalCase(name)}`, scheme: { type: 'apiKey', name, in: where, description: `API key sent in the ${where} \`${name}\`.` } };
    }
    default:
      return unsupported(type, context);
  }
}

function fromHeader(value: string, context: CollectionContext): [string, SecuritySchemeObject] {
  const prefix = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s+\S/.exec(value)?.[1];
  if (prefix?.toLowerCase() === 'bearer') {
    const found = bearer(context);
    return [found.name, found.scheme];
  }
  if (prefix?.toLowerCase() === 'basic') return ['BasicAuth', { type: 'http', scheme: 'basic', description: 'HTTP Basic authentication.' }];
  if (prefix === undefined) {
    return ['AuthorizationHeader', { type: 'apiKey', name: 'Authorization', in: 'header', description: 'A credential sent as the whole `Authorization` header.' }];
  }
  const inner = /\{\{([^{}]+)\}\}/.exec(value)?.[1];
  const variable = inner === undefined ? 'value' : variableName(inner);
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
 * No auth at all (`noauth`, or none anywhere) gives `security: []`; an auth type OpenAPI
 * lacks is declared all the same (see `unsupported`), never as no auth.
 */
export function requestSecurity(ownAuth: JsonObject | undefined, inherited: JsonObject[], headers: Header[], context: CollectionContext): RequestSecurity {
  const schemes = record<SecuritySchemeObject>();
  const notes: RequestSecurity['notes'] = [];
  const effective = ownAuth ?? inherited[inherited.length - 1];
  const found = effective ? fromAuthObject(effective, context) : undefined;
  if (found) schemes[found.name] = found.scheme;
  if (found?.note && found !== bearers.get(context)) notes.push(found.note);
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i] as Header;
    if (keyText(header.key).toLowerCase() !== 'authorization') continue;
    const [name, scheme] = fromHeader(String(header.value ?? ''), context);
    schemes[name] = scheme;
  }
  // The bearer scheme's note is told once per conversion, at the first request sending a bearer token.
  const bearerFound = bearers.get(context);
  if (bearerFound?.note && schemes[bearerFound.name] === bearerFound.scheme && !bearerNoted.has(context)) {
    bearerNoted.add(context);
    notes.push(bearerFound.note);
  }
  const security = Object.keys(schemes)
    .sort()
    .map((name) => ({ [name]: name === found?.name && found.scopes ? found.scopes.slice() : [] }));
  return { schemes, security, notes };
}
