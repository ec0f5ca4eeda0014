import { isSchema } from './schema-object.js';
import { strictSchema, widenSchema } from './schema-nullability.js';
import type { Expectations } from './policy-types.js';
import type { OpenApiDocument } from './types.js';

/**
 * The spec as a derivation rule would write it from some evidence: every model the expectations cover gets
 * `required` = the fields that may be required, and each declared field is null-able / digit-string-accepting exactly
 * when expected (whatever the spec said); in a model no body showed, fields are only widened, never narrowed. Field types, undeclared fields and operations stay as in `spec`.
 */
export function specVariant(spec: OpenApiDocument, expectations: Expectations): OpenApiDocument {
  const copy = structuredClone(spec) as OpenApiDocument;
  const schemas = (copy.components?.schemas ?? {}) as Record<string, unknown>;
  for (const [model, fields] of expectations) {
    const schema = schemas[model];
    if (!isSchema(schema) || !isSchema(schema.properties)) continue;
    const props = schema.properties as Record<string, unknown>;
    for (const [name, prop] of Object.entries(props)) {
      const exp = fields.get(name);
      const base = exp?.recorded === false ? prop : strictSchema(prop);
      props[name] = widenSchema(base, exp?.nullable ?? false, exp?.numericString ?? false, exp?.emptyString ?? false);
    }
    const required = Object.keys(props).filter((name) => fields.get(name)?.mayRequire === true);
    if (required.length > 0) schema.required = required;
    else delete schema.required;
  }
  return copy;
}
