import { isSchema } from './schema-object.js';
import { inClass } from './in-class.js';
import type { EvidencePolicy, Evidence, Expectations, FieldClass, FieldEvidence, FieldExpectation } from './policy-types.js';
import type { OpenApiDocument } from './types.js';

/**
 * What the evidence policy expects of every field seen or declared in the evidence:
 * - required only for an identity field of the model that every recorded object of the model (and of its siblings
 *   that name it an identity field too) carries, or for a union discriminator;
 * - nullable when a body sent null for it in the model or a sibling, or for another field of its null class in any model;
 * - accepting decimal strings when a body sent one for it in the model or a sibling, or for another field of its class;
 *   and the empty string too when it is a reference its class's `emptyPattern` matches (an unset reference).
 * With `spec`, models and fields no body showed are covered too (by identity and classes alone).
 */
export function deriveExpectations(evidence: Evidence, policy: EvidencePolicy, spec?: OpenApiDocument): Expectations {
  const group = (model: string) => policy.siblings.find((g) => g.includes(model)) ?? [model];
  const fieldIn = (model: string, field: string): FieldEvidence[] =>
    group(model).flatMap((m) => {
      const f = evidence.get(m)?.fields.get(field);
      return f ? [f] : [];
    });
  const seenNull = new Set<string>();
  const seenString = new Set<string>();
  for (const m of evidence.values())
    for (const [name, f] of m.fields) {
      if (f.nulls > 0) seenNull.add(name);
      if (f.numericStrings > 0) seenString.add(name);
    }
  const nullSeen = policy.nullClasses.filter((c) => [...seenNull].some((o) => inClass(c, o)));
  const stringSeen = policy.numericStringClasses.filter((c) => [...seenString].some((o) => inClass(c, o)));
  const out: Expectations = new Map();
  for (const [model, names] of fieldNames(evidence, spec)) {
    const fields = new Map<string, FieldExpectation>();
    for (const name of names) {
      const shared = fieldIn(model, name);
      const because: string[] = [];
      const identity = (policy.identity[model] ?? []).includes(name);
      // Absence counts in the model and in the siblings that also name the field an identity field: a view of the
      // object that declares `id` without being identified by it (the settings of an account) may lack it.
      const absent = group(model)
        .filter((m) => m === model || (policy.identity[m] ?? []).includes(name))
        .reduce((n, m) => n + (evidence.get(m)?.fields.get(name)?.absent ?? 0), 0);
      if (!identity) because.push('not an identity field');
      else if (absent > 0) because.push(`absent from ${absent} recorded object(s)`);
      let nullable = shared.some((f) => f.nulls > 0);
      if (nullable) because.push('sent as null');
      const nullClass = nullSeen.find((c) => inClass(c, name));
      if (!nullable && nullClass && !identity) {
        nullable = true;
        because.push(`null class \`${nullClass.name}\``);
      }
      let numericString = shared.some((f) => f.numericStrings > 0);
      if (numericString) because.push('sent as a decimal string');
      const stringClass = stringSeen.find((c) => inClass(c, name));
      if (!numericString && stringClass) {
        numericString = true;
        because.push(`numeric-string class \`${stringClass.name}\``);
      }
      const emptyClass = numericString ? policy.numericStringClasses.find((c) => emptyRef(c, name)) : undefined;
      if (emptyClass) because.push(`an unset reference of class \`${emptyClass.name}\` may be the empty string`);
      const emptyString = emptyClass !== undefined;
      const discriminator = (policy.discriminators[model] ?? []).includes(name);
      if (discriminator) because.push('a union discriminator (bodies lacking it are allowlisted)');
      fields.set(name, { mayRequire: (identity && absent === 0) || discriminator, nullable, numericString, emptyString, recorded: evidence.has(model), because });
    }
    out.set(model, fields);
  }
  return out;
}

/** Whether a field of a numeric-string class is a reference its `emptyPattern` lets be the empty string. */
function emptyRef(c: FieldClass, name: string): boolean {
  return c.emptyPattern !== undefined && inClass(c, name) && new RegExp(c.emptyPattern).test(name);
}

/** Every model and field the evidence shows or the spec declares. */
function fieldNames(evidence: Evidence, spec: OpenApiDocument | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [model, m] of evidence) out.set(model, new Set(m.fields.keys()));
  for (const [model, schema] of Object.entries((spec?.components?.schemas ?? {}) as Record<string, unknown>)) {
    if (!isSchema(schema) || !isSchema(schema.properties)) continue;
    const names = out.get(model) ?? new Set<string>();
    for (const name of Object.keys(schema.properties)) names.add(name);
    out.set(model, names);
  }
  return out;
}
