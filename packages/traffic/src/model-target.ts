import { matchOperation, type OperationMatch } from './match-operation.js';
import { MODEL_SHAPES, type ModelShape } from './model-shapes.js';
import { esc } from './pointer.js';
import type { OpenApiDocument, RecordedExchange } from './types.js';

/** The key under which {@link withModelTargets} puts the schemas model-addressed bodies are checked against. */
const TARGETS = 'x-traffic-models';

/** Whether a schema pointer is inside the targets {@link withModelTargets} adds (not a place of the real spec). */
export function isModelTarget(pointer: string): boolean {
  return pointer === `#/${TARGETS}` || pointer.startsWith(`#/${TARGETS}/`);
}

/**
 * The spec with a schema for every component model in every {@link ModelShape}, under `x-traffic-models`, so that a
 * body recorded on a route the spec has no operation for can be validated, walked and measured like any other (each
 * target is an envelope or array around a `$ref` to the model). Returns `spec` itself when it has them already.
 */
export function withModelTargets(spec: OpenApiDocument): OpenApiDocument {
  if (TARGETS in spec) return spec;
  const targets: Record<string, Record<ModelShape, unknown>> = {};
  for (const name of Object.keys((spec.components?.schemas ?? {}) as Record<string, unknown>)) {
    const ref = { $ref: `#/components/schemas/${esc(name)}` };
    const list = { type: 'array', items: ref };
    const envelope = (data: unknown) => ({
      type: 'object',
      required: ['data', 'success', 'status'],
      properties: { data, success: { type: 'boolean' }, status: { type: 'integer' } },
    });
    targets[name] = {
      envelope: envelope(ref),
      'envelope-list': envelope(list),
      'envelope-groups': envelope({ type: 'object', additionalProperties: list }),
      bare: ref,
      'bare-list': list,
    };
  }
  return { ...spec, [TARGETS]: targets };
}

/**
 * The schema a body is checked against: its model's target (see {@link withModelTargets}) when the exchange names a
 * `model`, else its operation's response ({@link matchOperation}). A string says why there is none.
 */
export function targetOf(spec: OpenApiDocument, x: RecordedExchange): OperationMatch | string {
  if (x.model === undefined) return matchOperation(spec, x.method, x.path, x.status);
  const shape = x.shape ?? 'envelope';
  const route = `${x.method} ${x.path ?? '(no path)'} ${x.status}`;
  const schemas = (spec.components?.schemas ?? {}) as Record<string, unknown>;
  if (!Object.hasOwn(schemas, x.model)) return `${route}: no model \`${x.model}\` in #/components/schemas of the spec`;
  if (!(MODEL_SHAPES as readonly string[]).includes(shape)) return `${route}: unknown shape \`${shape}\` (expected ${MODEL_SHAPES.join(', ')})`;
  if (!(TARGETS in spec)) return `${route}: the spec was not prepared with withModelTargets()`;
  return { label: `${route} as ${x.model} (${shape})`, schemaPointer: `#/${TARGETS}/${esc(x.model)}/${shape}` };
}
