import type { OpenApiDocument } from '../types.js';
import { authLevel, envelopeKind } from './classify.js';
import type { BodySpec, Operation, ParamSpec } from './operation.js';
import { isObject, resolveRef } from './ref.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Reads every operation of an OpenAPI document, in document order. */
export function readOperations(doc: OpenApiDocument): Operation[] {
  const ops: Operation[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolveRef(doc, rawItem);
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      ops.push(readOperation(doc, path, method, op, shared));
    }
  }
  return ops;
}

function readOperation(doc: OpenApiDocument, path: string, method: string, op: Record<string, unknown>, shared: unknown[]): Operation {
  const params = new Map<string, ParamSpec>();
  for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
    const p = resolveRef(doc, raw);
    if (!isObject(p) || typeof p.name !== 'string' || (p.in !== 'path' && p.in !== 'query' && p.in !== 'header')) continue;
    params.set(`${p.in}:${p.name}`, { name: p.name, in: p.in, required: p.in === 'path' || p.required === true, schema: p.schema ?? {} });
  }
  const [successStatus, responseSchema] = successResponse(doc, op.responses);
  const credits = op['x-imgur-credits'];
  return {
    id: typeof op.operationId === 'string' ? op.operationId : `${method} ${path}`,
    method: method.toUpperCase(),
    path,
    shape: `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`,
    params: [...params.values()],
    body: readBody(doc, op.requestBody),
    auth: authLevel(doc, op.security ?? doc.security),
    successStatus,
    responseSchema,
    envelope: envelopeKind(doc, responseSchema),
    deprecated: op.deprecated === true,
    credits: typeof credits === 'number' ? credits : path.startsWith('/oauth2/') ? 0 : 1,
  };
}

function readBody(doc: OpenApiDocument, raw: unknown): BodySpec | undefined {
  const body = resolveRef(doc, raw);
  if (!isObject(body) || !isObject(body.content)) return undefined;
  const contentTypes = Object.keys(body.content);
  const first = contentTypes.map((t) => (body.content as Record<string, unknown>)[t]).find(isObject);
  return { required: body.required === true, contentTypes, schema: first?.schema ?? {} };
}

function successResponse(doc: OpenApiDocument, raw: unknown): [number, unknown] {
  if (!isObject(raw)) return [200, undefined];
  const code = Object.keys(raw)
    .filter((k) => /^2\d\d$/.test(k))
    .sort()[0];
  if (code === undefined) return [200, undefined];
  const resp = resolveRef(doc, raw[code]);
  const content = isObject(resp) && isObject(resp.content) ? resp.content : {};
  const media = Object.entries(content).find(([t]) => t.includes('json'))?.[1] ?? Object.values(content)[0];
  return [Number(code), isObject(media) ? media.schema : undefined];
}
