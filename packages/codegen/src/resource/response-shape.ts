import type { JsonObject, JsonValue } from '../types.js';
import type { OperationInfo } from './collect-operations.js';
import { isObject, resolveRef } from './resolve.js';

/** What the SDK returns for an operation. */
export interface ResponseShape {
  /** Schema of the value the SDK returns (the envelope's `data`, or the whole body). */
  readonly schema: JsonValue | undefined;
  /** True when the body wraps the value in `data` (the SDK unwraps it). */
  readonly envelope: boolean;
  /** The JSON media type when it is not plain `application/json` (sent as `Accept`). */
  readonly accept?: string;
  /** The 2xx statuses the description declares without a body (e.g. `201` or `204`), sorted: an empty answer with one of them is a success. */
  readonly empty: readonly number[];
}

/** The numeric 2xx statuses whose response declares no content (no `content`, or an empty one). */
function emptyStatuses(spec: JsonObject, responses: JsonObject): number[] {
  return Object.keys(responses)
    .filter((c) => /^2\d\d$/.test(c))
    .filter((c) => {
      const res = resolveRef(spec, responses[c]);
      return res !== undefined && !(isObject(res.content) && Object.keys(res.content).length > 0);
    })
    .map(Number)
    .sort((a, b) => a - b);
}

const isJson = (media: string) => /^application\/(?:[\w.+-]+\+)?json$/.test(media);

/** Merges the object members of an `allOf` so `properties.data` can be found. */
function properties(spec: JsonObject, schema: JsonObject | undefined): JsonObject {
  if (schema === undefined) return {};
  const own = isObject(schema.properties) ? schema.properties : {};
  const parts = Array.isArray(schema.allOf) ? schema.allOf.map((p) => properties(spec, resolveRef(spec, p))) : [];
  return Object.assign({}, ...parts, own) as JsonObject;
}

/**
 * Finds the first 2xx response with a JSON body and decides what the SDK returns,
 * and lists the 2xx statuses declared without a body (`empty`).
 * Errors name the operation when no typed 2xx JSON response exists.
 */
export function responseShape(spec: JsonObject, info: OperationInfo): ResponseShape {
  const responses = isObject(info.op.responses) ? info.op.responses : {};
  const codes = Object.keys(responses)
    .filter((c) => /^2(\d\d|XX)$/.test(c))
    .sort();
  for (const code of codes) {
    const res = resolveRef(spec, responses[code]);
    if (res === undefined || !isObject(res.content)) continue;
    const media = Object.keys(res.content).find(isJson);
    if (media === undefined) continue;
    const mt = res.content[media];
    const raw = isObject(mt) ? mt.schema : undefined;
    // A bare component reference (e.g. OAuthToken) is the value itself, even if it has a `data` field.
    const inline = !(isObject(raw) && typeof raw.$ref === 'string');
    const props = inline ? properties(spec, resolveRef(spec, raw)) : {};
    const envelope = 'data' in props;
    return {
      schema: envelope ? props.data : raw,
      envelope,
      empty: emptyStatuses(spec, responses),
      ...(media === 'application/json' ? {} : { accept: media }),
    };
  }
  throw new Error(`${info.method} ${info.path} (${info.operationId}): no 2xx JSON response`);
}
