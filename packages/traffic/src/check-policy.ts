import { getPointer } from './pointer.js';
import { isSchema } from './schema-object.js';
import { allowsDigitString, allowsEmptyString, allowsNull, alwaysNull, declaresInteger } from './schema-nullability.js';
import type { Evidence, EvidencePolicy, Expectations, PolicyFinding } from './policy-types.js';
import type { OpenApiDocument } from './types.js';

/**
 * Where the spec disagrees with the evidence policy: a model requires a field the policy lets Imgur leave out (not an
 * identity field, or absent from some recorded object), forbids a null the evidence or its null class allows, or
 * refuses a decimal string (or, for a reference, the empty string) its class allows; a field is typed as always null; a legacy field is not
 * deprecated; an action answer's `data` (a DELETE's, or a POST/PUT/PATCH's that answers a boolean flag) cannot be an object (Imgur has answered
 * deletes with the deleted id, an album update with its id and deletehash, a tag follow with `{ status: 1 }`, and actions with an error object inside a 200).
 */
export function checkPolicy(spec: OpenApiDocument, evidence: Evidence, expectations: Expectations, policy: EvidencePolicy): PolicyFinding[] {
  const out: PolicyFinding[] = [];
  const schemas = (spec.components?.schemas ?? {}) as Record<string, unknown>;
  for (const [model, schema] of Object.entries(schemas)) {
    if (!isSchema(schema) || !isSchema(schema.properties)) continue;
    const fields = expectations.get(model);
    const identity = policy.identity[model] ?? [];
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    for (const field of required) {
      const exp = fields?.get(field);
      const ok = exp ? exp.mayRequire : identity.includes(field) || (policy.discriminators[model] ?? []).includes(field);
      if (!ok) out.push({ model, field, kind: 'required-without-evidence', message: `${model}.${field} is required, but ${exp?.because[0] ?? 'it is not an identity field'}` });
    }
    for (const [field, prop] of Object.entries(schema.properties)) {
      if (alwaysNull(prop))
        out.push({ model, field, kind: 'always-null', message: `${model}.${field} is typed as always null; type it by what it carries when set, and nullable` });
      const exp = fields?.get(field);
      if (!exp) continue;
      const legacy = legacyState(evidence, policy, model, field);
      const deprecated = isSchema(prop) && prop.deprecated === true;
      if (legacy.legacy && !deprecated)
        out.push({
          model,
          field,
          kind: 'legacy-not-deprecated',
          message: `${model}.${field} was last recorded in ${legacy.last}, and ${legacy.since} sources since ${policy.legacyBefore} lack it: declare it \`deprecated: true\``,
        });
      if (deprecated && legacy.last >= policy.legacyBefore)
        out.push({ model, field, kind: 'deprecated-but-current', message: `${model}.${field} is deprecated but was recorded in ${legacy.last}` });
      if (exp.nullable && !allowsNull(prop)) out.push({ model, field, kind: 'null-not-allowed', message: `${model}.${field} must allow null (${exp.because.join('; ')})` });
      if (exp.numericString && declaresInteger(prop) && !allowsDigitString(prop))
        out.push({ model, field, kind: 'numeric-string-not-allowed', message: `${model}.${field} must accept a decimal string (${exp.because.join('; ')})` });
      else if (exp.emptyString && declaresInteger(prop) && !allowsEmptyString(prop))
        out.push({
          model,
          field,
          kind: 'numeric-string-not-allowed',
          message: `${model}.${field} must accept the empty string as well as a decimal string (${exp.because.join('; ')})`,
        });
    }
  }
  out.push(...siblingDeclarations(schemas, evidence, policy));
  for (const [path, item] of Object.entries(spec.paths ?? {}))
    for (const method of ACTION_METHODS) {
      const pointer = `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/200/content/application~1json/schema/properties/data`;
      const data = isSchema(item) && isSchema(item[method]) ? getPointer(spec, pointer) : undefined;
      // DELETE answers always; other actions when they answer a boolean flag (a favorite's "favorited" is typed as recorded).
      if (data === undefined || (method !== 'delete' && !answersBoolean(spec, data)) || answersObject(spec, data)) continue;
      const verb = method.toUpperCase();
      out.push({ model: `${verb} ${path}`, field: 'data', kind: 'action-answer', message: `${verb} ${path}: a 200 answer's \`data\` must allow an object as well as a boolean` });
    }
  return out;
}

/**
 * Siblings share their declarations: every field the first model of a group declares is declared in the others (they
 * are views of that object), and a field one sibling declares and another was seen to carry is declared in both.
 */
function siblingDeclarations(schemas: Record<string, unknown>, evidence: Evidence, policy: EvidencePolicy): PolicyFinding[] {
  const declared = (model: string): string[] => {
    const s = schemas[model];
    return isSchema(s) && isSchema(s.properties) ? Object.keys(s.properties) : [];
  };
  const out = new Map<string, PolicyFinding>();
  const report = (model: string, field: string, message: string) => {
    if (!out.has(`${model}.${field}`)) out.set(`${model}.${field}`, { model, field, kind: 'sibling-undeclared', message });
  };
  for (const group of policy.siblings) {
    const base = group[0];
    for (const model of group) {
      if (!isSchema(schemas[model])) continue;
      const own = new Set(declared(model));
      const seen = evidence.get(model)?.fields;
      for (const field of base === undefined ? [] : declared(base))
        if (!own.has(field)) report(model, field, `${model}.${field} is not declared, but ${base}, the object it is a view of, declares it`);
      for (const other of group)
        for (const field of declared(other))
          if (!own.has(field) && (seen?.get(field)?.present ?? 0) > 0)
            report(model, field, `${model}.${field} was recorded and its sibling ${other} declares it: declare it in ${model} too`);
    }
  }
  return [...out.values()];
}

/** The methods whose answers are action answers. */
const ACTION_METHODS = ['post', 'put', 'patch', 'delete'] as const;

function answersBoolean(spec: OpenApiDocument, data: unknown): boolean {
  if (!isSchema(data)) return false;
  if (typeof data.$ref === 'string') return answersBoolean(spec, getPointer(spec, data.$ref));
  if (data.type === 'boolean' || (Array.isArray(data.type) && data.type.includes('boolean'))) return true;
  const branches = (data.oneOf ?? data.anyOf) as unknown[] | undefined;
  return Array.isArray(branches) && branches.some((b) => answersBoolean(spec, b));
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

/**
 * A field is legacy when the model and its siblings carried it only before `legacyBefore` and bodies of at least three
 * sources recorded since lack it; fields the policy names conditional (sent to owners or on one route only) never are.
 */
function legacyState(evidence: Evidence, policy: EvidencePolicy, model: string, field: string): { legacy: boolean; last: number; since: number } {
  const group = policy.siblings.find((g) => g.includes(model)) ?? [model];
  let last = 0;
  const since = new Set<string>();
  for (const m of group) {
    const ev = evidence.get(m);
    const f = ev?.fields.get(field);
    if (f) last = Math.max(last, f.lastYear);
    for (const [source, year] of ev?.sourceYears ?? []) if (year >= policy.legacyBefore) since.add(source);
  }
  const legacy = last > 0 && last < policy.legacyBefore && since.size >= 3 && !policy.conditional.includes(field);
  return { legacy, last, since: since.size };
}
