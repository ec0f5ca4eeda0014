import { camelCase, pascalCase, toIdentifier } from '../names.js';
import type { JsonObject, JsonValue } from '../types.js';
import type { OperationInfo } from './collect-operations.js';
import { inputFields, bodyInfo, type InputField } from './input-fields.js';
import type { FieldSpec, MetaSpec, PagingSpec } from './meta-types.js';
import { isObject, resolveRef } from './resolve.js';
import { responseShape } from './response-shape.js';
import { securityOf } from './security.js';

/** Everything needed to print one operation. */
export interface OperationModel {
  readonly info: OperationInfo;
  readonly baseName: string;
  readonly fields: readonly InputField[];
  readonly meta: MetaSpec;
  /** Schema of the value returned (for pageable operations: of one page). */
  readonly resultSchema: JsonValue | undefined;
  /** Schema of one item, for pageable operations. */
  readonly itemSchema?: JsonValue | undefined;
}

/** `album.getAlbum` -> `getAlbum`: the part after the first dot, as a safe camelCase identifier. */
export function functionBaseName(operationId: string): string {
  const dot = operationId.indexOf('.');
  const rest = dot >= 0 ? operationId.slice(dot + 1) : operationId;
  return toIdentifier(camelCase(rest), 'operation');
}

/** `getAlbum` -> `GetAlbum` (for the input type name). */
export const typeBaseName = (fn: string): string => pascalCase(fn) || 'Operation';

const spec2 = (f: InputField): FieldSpec => ({ key: f.key, wire: f.wire });

function paging(info: OperationInfo, fields: readonly InputField[], data: JsonValue | undefined, spec: JsonObject) {
  const raw = info.op['x-imgur-paging'];
  if (raw === undefined) return { paging: undefined, item: data };
  const where = `${info.method} ${info.path}: x-imgur-paging`;
  if (!isObject(raw) || typeof raw.param !== 'string') throw new Error(`${where} needs a string "param"`);
  const keyOf = (wire: string) => {
    const f = fields.find((x) => x.wire === wire && x.location !== 'body');
    if (f === undefined) throw new Error(`${where}: no parameter named ${JSON.stringify(wire)}`);
    return f.key;
  };
  const s = resolveRef(spec, data);
  if (raw.style === 'path' || raw.style === 'query') {
    if (s?.type !== 'array') throw new Error(`${where}: the response data is not an array`);
    const p: PagingSpec =
      raw.style === 'path'
        ? { style: 'path', param: keyOf(raw.param) }
        : {
            style: 'query',
            param: keyOf(raw.param),
            ...(typeof raw.perPage === 'string' ? { perPage: keyOf(raw.perPage) } : {}),
            ...(typeof raw.maxPerPage === 'number' ? { maxPerPage: raw.maxPerPage } : {}),
          };
    return { paging: p, item: s.items };
  }
  if (raw.style === 'cursor' && typeof raw.next === 'string' && typeof raw.items === 'string') {
    const list = isObject(s?.properties) ? resolveRef(spec, s.properties[raw.items]) : undefined;
    if (list?.type !== 'array') throw new Error(`${where}: data.${raw.items} is not an array`);
    return { paging: { style: 'cursor', param: keyOf(raw.param), next: raw.next, items: raw.items } as PagingSpec, item: list.items };
  }
  throw new Error(`${where}: style must be path, query or cursor (cursor needs "next" and "items")`);
}

/** Builds the printable model of one operation from the description. */
export function operationModel(spec: JsonObject, info: OperationInfo, baseName: string): OperationModel {
  const fields = inputFields(spec, info);
  const shape = responseShape(spec, info);
  const body = bodyInfo(spec, info);
  const { paging: pg, item } = paging(info, fields, shape.schema, spec);
  if (pg !== undefined && shape.empty.length > 0) {
    throw new Error(`${info.method} ${info.path}: x-imgur-paging needs a body on every 2xx answer, but ${shape.empty.join(', ')} declared without one`);
  }
  const credits = info.op['x-imgur-credits'];
  const meta: MetaSpec = {
    id: info.operationId,
    method: info.method,
    path: info.path,
    security: securityOf(spec, info),
    pathParams: fields.filter((f) => f.location === 'path').map(spec2),
    queryParams: fields.filter((f) => f.location === 'query').map(spec2),
    headerParams: fields.filter((f) => f.location === 'header').map(spec2),
    defaults: new Map(fields.flatMap((f) => (f.default === undefined ? [] : [[f.key, f.default] as const]))),
    ...(body === undefined
      ? {}
      : {
          body: {
            encoding: body.encoding,
            fields: fields.filter((f) => f.location === 'body').map(spec2),
            binary: fields.filter((f) => f.binary).map((f) => f.key),
          },
        }),
    envelope: shape.envelope,
    empty: shape.empty,
    ...(pg === undefined ? {} : { paging: pg }),
    deprecated: info.op.deprecated === true,
    ...(typeof credits === 'number' ? { credits } : {}),
    ...(shape.accept === undefined ? {} : { accept: shape.accept }),
  };
  return { info, baseName, fields, meta, resultSchema: shape.schema, ...(pg === undefined ? {} : { itemSchema: item }) };
}
