import { parseJsonText } from '../../src/input/json.js';
import type { JsonObject, JsonValue, MediaTypeObject, OpenApiDocument, OperationObject } from '../../src/types.js';

const sort = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sort)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
        )
      : v;
const canonical = (v: unknown): string => JSON.stringify(sort(v));

const cache = new WeakMap<object, Set<string>>();

/** Every example value of a content map (`example`, `examples[].value` and `x-postman-raw`), canonical; cached per map. */
function exampleTexts(content: Record<string, MediaTypeObject> | undefined): Set<string> {
  const cached = content ? cache.get(content) : undefined;
  if (cached) return cached;
  const out = new Set<string>();
  if (content) cache.set(content, out);
  for (const media of Object.values(content ?? {})) {
    if (media.example !== undefined) out.add(canonical(media.example));
    for (const ex of Object.values(media.examples ?? {})) {
      out.add(canonical(ex.value));
      if (ex['x-postman-raw'] !== undefined) out.add(canonical(ex['x-postman-raw']));
    }
  }
  return out;
}

/** What a body or a saved response looks like once kept: its parsed JSON, else its text. */
const keptForm = (text: string): string => canonical(parseJsonText(text)?.value ?? text);

/**
 * Requests of a collection whose content is not in the document: each request must have an
 * operation (its own, or one whose `x-merged-from` names it), its raw or GraphQL body must be
 * one of that operation's request examples, and each saved response body one of the examples
 * of the response with its status. Returns one line per loss (empty = lossless).
 */
export function losses(collection: JsonObject, document: OpenApiDocument, skipped: Set<string>): string[] {
  const byLabel = new Map<string, OperationObject[]>();
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item)) {
      const own = [op['x-postman-folder'], op['x-postman-name']].filter((s) => s !== '').join(' / ');
      for (const label of op['x-merged-from'] ?? [own]) byLabel.set(label, [...(byLabel.get(label) ?? []), op]);
    }
  }
  const out: string[] = [];
  const visit = (items: JsonValue | undefined, folders: string[]): void => {
    if (!Array.isArray(items)) return;
    items.forEach((item, index) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) return;
      const name = typeof item.name === 'string' ? item.name : `item ${index}`;
      if (Array.isArray(item.item)) {
        visit(item.item, [...folders, name]);
        return;
      }
      const label = [...folders, name].join(' / ');
      if (skipped.has(label)) return;
      const ops = byLabel.get(label) ?? [];
      if (ops.length === 0) {
        out.push(`${label}: no operation`);
        return;
      }
      const request = item.request && typeof item.request === 'object' && !Array.isArray(item.request) ? item.request : {};
      const body = request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? request.body : {};
      const bodies: string[] = [];
      if (body.mode === 'raw' && typeof body.raw === 'string' && body.raw.trim() !== '') bodies.push(body.raw);
      const graphql = body.graphql && typeof body.graphql === 'object' && !Array.isArray(body.graphql) ? body.graphql : undefined;
      const method = typeof request.method === 'string' ? request.method.toLowerCase() : 'get';
      for (const text of bodies) {
        const empty = ['{}', '[]', ''].includes(text.replace(/\s/g, ''));
        if ((method === 'get' || method === 'head') && empty) continue;
        if (!ops.some((op) => exampleTexts(op.requestBody?.content).has(keptForm(text)) || exampleTexts(op.requestBody?.content).has(canonical(text))))
          out.push(`${label}: request body not kept`);
      }
      if (body.mode === 'graphql' && typeof graphql?.query === 'string') {
        const queries = ops.flatMap((op) => Object.values(op.requestBody?.content ?? {}).flatMap((m) => [m.example, ...Object.values(m.examples ?? {}).map((e) => e.value)]));
        if (!queries.some((q) => q && typeof q === 'object' && !Array.isArray(q) && q.query === graphql.query)) out.push(`${label}: GraphQL query not kept`);
      }
      for (const [i, saved] of (Array.isArray(item.response) ? item.response : []).entries()) {
        if (!saved || typeof saved !== 'object' || Array.isArray(saved)) continue;
        const code = typeof saved.code === 'number' && saved.code >= 100 && saved.code <= 599 ? String(saved.code) : '200';
        const text = typeof saved.body === 'string' ? saved.body : '';
        const kept = ops.some((op) => {
          const response = op.responses[code];
          return response !== undefined && (text.trim() === '' || exampleTexts(response.content).has(keptForm(text)) || exampleTexts(response.content).has(canonical(text)));
        });
        if (!kept) out.push(`${label}: saved response ${i} (${code}) not kept`);
      }
    });
  };
  visit(collection.item, []);
  return out;
}

/** Every example of the document that does not validate against its schema, as `pointer: error` lines. */
export function exampleMismatches(document: OpenApiDocument, errors: (schema: unknown, value: unknown) => string[]): string[] {
  const out: string[] = [];
  const check = (where: string, content: Record<string, MediaTypeObject> | undefined): void => {
    for (const [type, media] of Object.entries(content ?? {})) {
      const values: [string, unknown][] = [];
      if (media.example !== undefined) values.push(['example', media.example]);
      for (const [k, ex] of Object.entries(media.examples ?? {})) values.push([`examples/${k}`, ex.value]);
      for (const [name, value] of values) for (const e of errors(media.schema, value)) out.push(`${where} ${type} ${name}: ${e}`);
    }
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) {
      check(`${method} ${path} requestBody`, op.requestBody?.content);
      for (const [code, response] of Object.entries(op.responses)) check(`${method} ${path} ${code}`, response.content);
    }
  }
  return out;
}
