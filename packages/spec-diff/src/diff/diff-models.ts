import { objectAt } from '../load/json.js';
import { diffSchema } from './diff-schema.js';
import { cleanText } from '../load/clean-text.js';
import type { ChangeKind, OpenApiDocument } from '../types.js';

/** A change inside (or of) one component schema. */
export interface ModelFinding {
  readonly model: string;
  readonly kind: ChangeKind;
  readonly location: string;
  readonly before?: string;
  readonly after?: string;
}

/** Diffs `components.schemas` of two documents, model by model, in name order. */
export function diffModels(oldDoc: OpenApiDocument, newDoc: OpenApiDocument): ModelFinding[] {
  const xs = objectAt(objectAt(oldDoc, 'components'), 'schemas');
  const ys = objectAt(objectAt(newDoc, 'components'), 'schemas');
  const out: ModelFinding[] = [];
  for (const model of [...new Set([...Object.keys(xs), ...Object.keys(ys)])].sort()) {
    const name = cleanText(model);
    if (!(model in xs)) {
      out.push({ model, kind: 'model.added', location: name });
      continue;
    }
    if (!(model in ys)) {
      out.push({ model, kind: 'model.removed', location: name });
      continue;
    }
    const site = { root: name, field: (p: string) => `${name}.${p}`, rootTypeKind: 'field.type-changed' as const };
    for (const c of diffSchema(oldDoc, newDoc, xs[model], ys[model], site)) out.push({ model, ...c });
  }
  return out;
}
