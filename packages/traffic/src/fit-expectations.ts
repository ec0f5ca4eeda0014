import type { Evidence, Expectations, FieldExpectation } from './policy-types.js';

/**
 * The per-body fitting rule the spec followed before the evidence policy, for comparison: a field seen in every
 * recorded object of the model may be required, it is nullable only if a body of that model sent null, and it accepts
 * a decimal string only if a body of that model sent one. No siblings, no classes.
 */
export function fitExpectations(evidence: Evidence): Expectations {
  const out: Expectations = new Map();
  for (const [model, m] of evidence) {
    const fields = new Map<string, FieldExpectation>();
    for (const [name, f] of m.fields)
      fields.set(name, {
        mayRequire: f.present > 0 && f.absent === 0,
        nullable: f.nulls > 0,
        numericString: f.numericStrings > 0,
        emptyString: false,
        recorded: true,
        because: [],
      });
    out.set(model, fields);
  }
  return out;
}
