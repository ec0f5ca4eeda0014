import type { Header, RequestBody } from 'postman-collection';
import { type RequestSecurity, requestSecurity } from './auth.js';
import { convertBody } from './body.js';
import { bodyShapeNotes } from './body-shape.js';
import { convertedBodyNotes } from './body-notes.js';
import type { ConvertedBody } from './converted-body.js';
import { carriesNothing } from './empty-body.js';
import { exampleKey } from '../naming/example-key.js';
import { descriptionText, parseDescription } from './description.js';
import { convertExamples, type ResponseNote } from './examples.js';
import { pathParameters, queryTemplates, rowParameters } from './params.js';
import { buildResponses } from './responses.js';
import { buildServer, strayBraces } from './servers.js';
import { applyTable } from './table-apply.js';
import type { CollectionContext, ConversionWarning, DraftOperation, HttpMethod, JsonObject, RequestEntry, SecuritySchemeObject } from '../types.js';
import type { ModelRef } from '../naming/response-model.js';
import { libraryItem, type OriginalRequest } from '../input/library-item.js';
import { formExample } from '../schema/form-example.js';
import { type OriginalBody, withOriginalBodies } from './original-bodies.js';
import { keyText } from '../input/key-text.js';
import { quote } from '../input/quote.js';
import { itemUrl } from '../input/item-url.js';
import { MAX_URL_LENGTH, overlongUrl } from './url-limit.js';
import { warningFor } from '../warnings.js';
import { isObject } from '../input/raw-rows.js';
import { jsonKind } from '../input/json-kind.js';

const METHODS = new Set<string>(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const methodText = (m: string): string => (/^[A-Za-z-]{1,20}$/.test(m) ? m : quote(m, 40));

/** The value of the first enabled header named `name` (lower case), when it is text. */
function headerValue(headers: Header[], name: string): string | undefined {
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as Header;
    if (h.disabled || keyText(h.key).toLowerCase() !== name) continue;
    const value: unknown = h.value;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/**
 * Gives a form body the example of the values its rows send (see formExample), when it sends
 * any; when a field reads a `{{variable}}` as its collection value, or a key is sent both as text and as a file,
 * the example named `key` keeps the rows as written in `x-postman-raw` (as JSON text: the member is text in every example).
 */
function withFormExample(body: ConvertedBody, variables: Record<string, string>, key: string): void {
  if (!body.formValues) return;
  const example = formExample(body.media.schema, body.formValues, variables, body.formFiles);
  if (Object.keys(example.value).length === 0) return;
  if (!example.asWritten) {
    body.media.example = example.value;
    return;
  }
  const why: string[] = [];
  if (example.resolved) why.push('a field whose type is not text reads a `{{variable}}` as its collection value');
  if (example.textAndFile)
    why.push(
      `${example.textAndFile.map((k) => quote(k, 60)).join(', ')} ${example.textAndFile.length > 1 ? 'are' : 'is'} sent both as text and as a file (the value shows the text)`,
    );
  const description = `The form as Postman sends it: ${why.join('; ')}; \`x-postman-raw\` holds the rows as written (JSON text).`;
  body.media.examples = { [key]: { description, value: example.value, 'x-postman-raw': JSON.stringify(example.asWritten) } };
}

/** Whether two bodies are the same raw text in the same language (then they convert alike). */
function sameRawBody(a: RequestBody | undefined, b: RequestBody | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.mode === 'raw' &&
    b.mode === 'raw' &&
    typeof a.raw === 'string' &&
    a.raw === b.raw &&
    a.options?.raw?.language === b.options?.raw?.language
  );
}

/** Reports the bodies of saved examples' original requests as the collection gives them, as a request's body is reported (see bodyShapeNotes). */
function originalBodyShapes(entry: RequestEntry, warnings: ConversionWarning[]): void {
  const saved = entry.raw.response;
  if (!Array.isArray(saved)) return;
  for (let index = 0; index < saved.length; index++) {
    const r = saved[index];
    const original = isObject(r) ? r.originalRequest : undefined;
    if (!isObject(original) || original.body === undefined) continue;
    for (const note of bodyShapeNotes(original.body))
      warnings.push(warningFor(entry, 'invalid-json', savedNote(r as JsonObject, note.message), `/response/${index}/originalRequest/body${note.at}`));
  }
}

/** A note on a saved example's original request, naming the saved example. */
const savedNote = (saved: JsonObject, message: string): string => `saved example ${quote(typeof saved.name === 'string' ? saved.name : '', 60)}: ${message}`;

/**
 * The bodies the saved examples' original requests sent (those that carry content), converted like the request's own;
 * what of them is not read or is read otherwise than written is reported as for a request's body (`notes`, pointers below the item).
 */
function originalBodies(
  entry: RequestEntry,
  originals: OriginalRequest[],
  own: RequestBody | undefined,
  contentType: string | undefined,
  method: string,
  variables: Record<string, string>,
  warnings: ConversionWarning[],
): OriginalBody[] {
  const out: OriginalBody[] = [];
  for (let i = 0; i < originals.length; i++) {
    const o = originals[i] as OriginalRequest;
    const type = headerValue(o.headers.all() as Header[], 'content-type') ?? contentType;
    // The usual case: the original request sent the request's own raw body, so it adds no example (not converted again).
    if (type === contentType && sameRawBody(o.body, own)) continue;
    const key = exampleKey(o.name) || `example${o.index + 1}`;
    const converted = convertBody(o.body, type, variables, key);
    if (converted)
      for (const note of convertedBodyNotes(converted))
        warnings.push(warningFor(entry, 'invalid-json', `saved example ${quote(o.name, 60)}: ${note.message}`, `/response/${o.index}/originalRequest/body${note.at}`));
    if (!converted || converted.sendsNothing || ((method === 'get' || method === 'head') && carriesNothing(converted))) continue;
    withFormExample(converted, variables, key);
    out.push({ name: o.name, key, mediaType: converted.mediaType, media: converted.media });
  }
  return out;
}

/**
 * Converts one Postman request into a draft operation (operationId comes later).
 * A request without a URL, with a URL longer than MAX_URL_LENGTH or with a method OpenAPI lacks is skipped with a warning.
 */
export function convertRequest(entry: RequestEntry, context: CollectionContext): { draft?: DraftOperation; warnings: ConversionWarning[] } {
  const tooLong = overlongUrl(entry.raw);
  if (tooLong) return { warnings: [warningFor(entry, 'skipped', `URL longer than ${MAX_URL_LENGTH} characters; left out`, tooLong)] };
  const item = libraryItem(entry.raw);
  const request = item.request;
  const rawRequest = (typeof entry.raw.request === 'object' ? entry.raw.request : {}) as JsonObject;
  const url = itemUrl(entry.raw);
  const method = String(request.method).toLowerCase();
  if (!url) return { warnings: [warningFor(entry, 'skipped', 'request has no URL; left out', '/request/url')] };
  if (!METHODS.has(method))
    return { warnings: [warningFor(entry, 'skipped', `method ${methodText(String(request.method))} has no OpenAPI equivalent; left out`, '/request/method')] };
  const warnings: ConversionWarning[] = [];
  if (url.invalidPort) {
    const port = url.invalidPort;
    warnings.push(
      warningFor(entry, 'invalid-port', `port ${quote(port.text, 40)} is not a port (0-65535); the server takes it as the variable {${port.name}}, to be replaced`, '/request/url'),
    );
  }
  if (url.invalidHost) {
    const host = url.invalidHost;
    warnings.push(
      warningFor(
        entry,
        'invalid-host',
        `the host ${quote(host.text, 40)} is not a host name; the server takes it as a variable whose default is that text, to be replaced`,
        '/request/url',
      ),
    );
  }
  const stray = strayBraces(url);
  if (stray !== undefined)
    warnings.push(
      warningFor(
        entry,
        'invalid-host',
        `the server URL writes ${quote(stray, 40)}, which is not a variable; the server takes it as a variable whose default is that text, to be replaced`,
        '/request/url',
      ),
    );
  const headers = request.headers.all();
  const givenAuth = rawRequest.auth;
  let ownAuth = isObject(givenAuth) ? givenAuth : undefined;
  if (ownAuth && ownAuth.type === undefined) {
    const message = 'auth has no type; not read: the request takes the auth it inherits from its folders and collection, if any (its security says no more than that)';
    warnings.push(warningFor(entry, 'unsupported-auth', message, '/request/auth'));
    ownAuth = undefined;
  } else if (ownAuth && typeof ownAuth.type !== 'string') {
    const message = `auth type is ${jsonKind(ownAuth.type)}, not text; not read: the request takes the auth it inherits from its folders and collection, if any (its security says no more than that)`;
    warnings.push(warningFor(entry, 'unsupported-auth', message, '/request/auth/type'));
    ownAuth = undefined;
  } else if (givenAuth !== undefined && givenAuth !== null && !ownAuth) {
    const message = `auth is ${jsonKind(givenAuth)}, not an object; not read: the request takes the auth it inherits from its folders and collection, if any (its security says no more than that)`;
    warnings.push(warningFor(entry, 'unsupported-auth', message, '/request/auth'));
  }
  for (const u of entry.unreadAuth ?? []) {
    const what = u.noType ? 'has no type' : `is ${u.kind}, not ${u.notText ? 'text' : 'an object'}`;
    const message = `${u.where} ${what}; not read: the requests below it take the auth above it, if any (their security says no more than that)`;
    warnings.push(warningFor(entry, 'unsupported-auth', message, '/request/auth'));
  }
  const auth = requestSecurity(ownAuth, entry.inheritedAuth, headers, context);
  for (let i = 0; i < auth.notes.length; i++) {
    const note = auth.notes[i] as RequestSecurity['notes'][number];
    warnings.push(warningFor(entry, note.code, note.message, '/request/auth'));
  }
  const apiKeyHeaders = new Set<string>();
  for (const name in auth.schemes) {
    const s = auth.schemes[name] as SecuritySchemeObject;
    if (s.type === 'apiKey' && s.in === 'header') apiKeyHeaders.add(s.name.toLowerCase());
  }
  const bodyKey = exampleKey(entry.name) || 'request';
  for (const note of bodyShapeNotes(rawRequest.body)) warnings.push(warningFor(entry, 'invalid-json', note.message, `/request/body${note.at}`));
  const converted = convertBody(request.body, headerValue(headers, 'content-type'), context.variables, bodyKey);
  const body = converted && (method === 'get' || method === 'head') && carriesNothing(converted) ? undefined : converted;
  if (body) for (const note of convertedBodyNotes(body)) warnings.push(warningFor(entry, 'invalid-json', note.message, `/request/body${note.at}`));
  const parsed = parseDescription(descriptionText(rawRequest.description) || descriptionText(entry.raw.description));
  const table = applyTable(
    entry,
    parsed.rows,
    pathParameters(url.pathParams, request.url.variables).concat(rowParameters(request.url.query.all(), 'query'), rowParameters(headers, 'header', apiKeyHeaders)),
    body,
    context.variables,
    queryTemplates(request.url.query.all()),
  );
  warnings.push(...table.warnings);
  if (body) withFormExample(body, context.variables, bodyKey);
  originalBodyShapes(entry, warnings);
  const originals = originalBodies(entry, item.originals, request.body, headerValue(headers, 'content-type'), method, context.variables, warnings);
  const accept = headerValue(headers, 'accept');
  const mediaType = accept && !accept.includes('{{') && !accept.includes('*') ? (accept.split(/[;,]/)[0]?.trim() ?? 'application/json') : 'application/json';
  const statusNotes: ResponseNote[] = [];
  const built = buildResponses(convertExamples(item.responses, statusNotes), parsed, mediaType);
  for (let i = 0; i < statusNotes.length; i++) {
    const n = statusNotes[i] as ResponseNote;
    warnings.push(warningFor(entry, n.code ?? 'invalid-status', n.message, `/response/${n.index}${n.code ? '/body' : ''}`));
  }
  for (let i = 0; i < parsed.models.length; i++) {
    const m = parsed.models[i] as ModelRef;
    if (!m.known) {
      warnings.push(warningFor(entry, 'unknown-model', `model page "${m.page}" is not in the model table; using component "${m.component}"`, '/request/description'));
    }
  }
  const server = buildServer(url, context);
  // Members set one by one in document order (spreading conditional literals costs more than the rest of this function).
  const operation = { summary: parsed.summary || entry.name } as DraftOperation['operation'];
  if (parsed.description) operation.description = parsed.description;
  if (entry.folders[0]) operation.tags = [entry.folders[0]];
  if (table.params.length > 0) operation.parameters = table.params;
  const content = withOriginalBodies(body ? { [body.mediaType]: body.media } : undefined, bodyKey, originals);
  if (content) operation.requestBody = { content };
  operation.responses = built.responses;
  operation.security = auth.security;
  operation['x-postman-name'] = entry.name;
  operation['x-postman-folder'] = entry.folders.join(' / ');
  const draft: DraftOperation = {
    entry,
    method: method as HttpMethod,
    path: url.path,
    server: server ?? { url: '/' },
    // Every draft has the same members (one hidden class for all): the optional ones start undefined.
    otherServers: undefined,
    schemes: auth.schemes,
    schemas: built.schemas,
    operation,
  };
  return { draft, warnings };
}
