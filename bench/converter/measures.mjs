// What a converted document keeps of a collection, measured the same way for every converter:
// each request is looked up by method and path (path parameters and variables erased, trailing slash ignored).
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const erase = (segment) => (/^:[\w.-]+$/.test(segment) || /\{\{?[^{}]+\}\}?/.test(segment) ? '*' : segment);

/** `get /a/*` style key of a path given as segments. */
const keyOf = (method, segments) =>
  `${method.toLowerCase()} /${segments
    .filter((s) => s !== '')
    .map(erase)
    .join('/')}`;

function urlSegments(url) {
  if (typeof url === 'string') {
    const noQuery = url.trim().split(/[?#]/)[0] ?? '';
    const noOrigin = noQuery
      .replace(/^[a-z]+:\/\/[^/]*/i, '')
      .replace(/^\{\{[^}]+\}\}/, '')
      .replace(/^[^/]*(?=\/)/, '');
    return noOrigin.split('/');
  }
  if (url && typeof url === 'object') {
    if (Array.isArray(url.path)) return url.path.map((s) => (typeof s === 'string' ? s : String(s?.value ?? '')));
    if (typeof url.path === 'string') return url.path.split('/');
    return urlSegments(url.raw ?? '');
  }
  return [];
}

/** Canonical text of a body or example: parsed JSON with sorted keys, else the trimmed text. */
export function canonical(value) {
  if (typeof value === 'string') {
    try {
      return canonical(JSON.parse(value));
    } catch {
      return `text:${value.trim().replace(/\r\n/g, '\n')}`;
    }
  }
  const sort = (v) =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort(v[k])]),
          )
        : v;
  return JSON.stringify(sort(value));
}

const isJsonBody = (body, headers) => {
  if (body?.mode !== 'raw' || typeof body.raw !== 'string' || body.raw.trim() === '') return false;
  const language = body.options?.raw?.language;
  const type = (headers ?? []).find((h) => String(h?.key ?? '').toLowerCase() === 'content-type' && !h.disabled)?.value ?? '';
  if (/json/i.test(String(type)) || language === 'json') return true;
  return /^\s*[[{]/.test(body.raw) && !language;
};

/** Every request of a collection with what a lossless converter must keep of it. */
export function collectionRequests(collection) {
  const out = [];
  const walk = (items) => {
    for (const item of Array.isArray(items) ? items : []) {
      if (!item || typeof item !== 'object') continue;
      if (Array.isArray(item.item)) walk(item.item);
      else if (item.request !== undefined) {
        const request = typeof item.request === 'string' ? { url: item.request, method: 'GET' } : item.request;
        const method = String(request?.method ?? 'GET').toLowerCase();
        const body = request?.body;
        const bodies = [];
        if (body?.mode === 'raw' && typeof body.raw === 'string' && body.raw.trim() !== '') bodies.push(body.raw);
        if (body?.mode === 'graphql' && body.graphql) bodies.push(body.graphql.query ?? '');
        const responses = (Array.isArray(item.response) ? item.response : []).map((r) => ({ code: String(r?.code ?? 200), body: typeof r?.body === 'string' ? r.body : '' }));
        out.push({ name: item.name, method, key: keyOf(method, urlSegments(request?.url)), bodies, json: isJsonBody(body, request?.header), responses });
      }
    }
  };
  walk(collection.item);
  return out;
}

/** Every string or value an example object, `example` or `examples` in a media map holds. */
function exampleTexts(content) {
  const texts = new Set();
  const add = (v) => {
    if (v === undefined) return;
    texts.add(canonical(v));
    if (v && typeof v === 'object' && typeof v.query === 'string') texts.add(canonical(v.query));
  };
  for (const media of Object.values(content ?? {})) {
    add(media?.example);
    for (const ex of Object.values(media?.examples ?? {})) {
      // An entry that is not an Example Object (no `value`) is read as the value itself, as some converters write it.
      add(ex && typeof ex === 'object' && 'value' in ex ? ex.value : ex);
      if (typeof ex?.['x-postman-raw'] === 'string') add(ex['x-postman-raw']);
    }
    if (media?.schema?.example !== undefined) add(media.schema.example);
  }
  return texts;
}

/** A schema that says more than "some object": properties, items, a composition, a reference or a scalar type. */
const informative = (schema) => {
  if (!schema || typeof schema !== 'object') return false;
  if (schema.properties || schema.items || schema.anyOf || schema.oneOf || schema.allOf || schema.$ref) return true;
  const types = [schema.type].flat().filter(Boolean);
  return types.length > 0 && types.every((t) => t !== 'object' && t !== 'array');
};

/**
 * Measures one document against the requests of its collection: requests kept (the operation
 * exists and, when the request has a body, that body is one of its request examples), JSON bodies
 * whose operation has an informative JSON schema, saved responses whose body is an example of the
 * operation's response of the same status.
 */
export function measure(requests, document) {
  const ops = new Map();
  for (const [path, item] of Object.entries(document?.paths ?? {})) {
    for (const method of METHODS) if (item?.[method]) ops.set(keyOf(method, path.split('/')), item[method]);
  }
  const m = { requests: requests.length, kept: 0, jsonBodies: 0, jsonWithSchema: 0, saved: 0, savedKept: 0 };
  for (const r of requests) {
    const op = ops.get(r.key);
    const requestExamples = exampleTexts(op?.requestBody?.content);
    if (op && r.bodies.every((b) => requestExamples.has(canonical(b)))) m.kept++;
    if (r.json) {
      m.jsonBodies++;
      const json = Object.entries(op?.requestBody?.content ?? {}).find(([type]) => /json/.test(type));
      if (json && informative(json[1]?.schema)) m.jsonWithSchema++;
    }
    for (const saved of r.responses) {
      m.saved++;
      const response = op?.responses?.[saved.code];
      if (!response) continue;
      if (saved.body.trim() === '' || exampleTexts(response.content).has(canonical(saved.body))) m.savedKept++;
    }
  }
  return m;
}
