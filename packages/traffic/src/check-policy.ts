import { getPointer } from './pointer.js';
import { isSchema } from './schema-object.js';
import { allowsDigitString, allowsNull, alwaysNull, declaresInteger } from './schema-nullability.js';
import type { EvidencePolicy, Expectations, PolicyFinding } from './policy-types.js';
import type { OpenApiDocument } from './types.js';

/**
 * Where the spec disagrees with the evidence policy: a model requires a field the policy lets Imgur leave out (not an
 * identity field, or absent from some recorded object), forbids a null the evidence or its null class allows, or
 * refuses a decimal string its class allows; a field is typed as always null; a DELETE answer's `data` cannot be an
 * object (Imgur has answered deletes with the deleted id and with an error object inside a 200).
 */
export function checkPolicy(spec: OpenApiDocument, expectations: Expectations, policy: EvidencePolicy): PolicyFinding[] {
  const out: PolicyFinding[] = [];
  const schemas = (spec.components?.schemas ?? {}) as Record<string, unknown>;
  for (const [model, schema] of Object.entries(schemas)) {
    if (!isSchema(schema) || !isSchema(schema.properties)) continue;
    const fields = expectations.get(model);
    const identity = policy.identity[model] ?? [];
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    for (const field of required) {
      const exp = fields?.get(field);
      const ok = exp ? exp.mayRequire : identity.includes(field);
      if (!ok) out.push({ model, field, kind: 'required-without-evidence', message: `${model}.${field} is required, but ${exp?.because[0] ?? 'it is not an identity field'}` });
    }
    for (const [field, prop] of Object.entries(schema.properties)) {
      if (alwaysNull(prop)) out.push({ model, field, kind: 'always-null', message: `${model}.${field} is typed as always null; type it by what it carries when set, and nullable` });
      const exp = fields?.get(field);
      if (!exp) continue;
      if (exp.nullable && !allowsNull(prop)) out.push({ model, field, kind: 'null-not-allowed', message: `${model}.${field} must allow null (${exp.because.join('; ')})` });
      if (exp.numericString && declaresInteger(prop) && !allowsDigitString(prop))
        out.push({ model, field, kind: 'numeric-string-not-allowed', message: `${model}.${field} must accept a decimal string (${exp.because.join('; ')})` });
    }
  }
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const pointer = `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/delete/responses/200/content/application~1json/schema/properties/data`;
    const data = isSchema(item) && isSchema(item.delete) ? getPointer(spec, pointer) : undefined;
    if (data !== undefined && !answersObject(spec, data))
      out.push({ model: `DELETE ${path}`, field: 'data', kind: 'action-answer', message: `DELETE ${path}: a 200 answer's \`data\` must allow an object as well as a boolean` });
  }
  return out;
}

function answersObject(spec: OpenApiDocument, data: unknown): boolean {
  if (!isSchema(data)) return true;
  if (typeof data.$ref === 'string') return answersObject(spec, getPointer(spec, data.$ref));
  const types = Array.isArray(data.type) ? data.type : [data.type];
  if (data.type === undefined && !data.oneOf && !data.anyOf) return true;
  if (types.includes('object')) return true;
  const branches = (data.oneOf ?? data.anyOf) as unknown[] | undefined;
  return Array.isArray(branches) && branches.some((b) => answersObject(spec, b));
}
