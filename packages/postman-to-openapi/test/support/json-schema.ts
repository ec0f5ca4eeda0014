import { Ajv2020 } from 'ajv/dist/2020.js';
import type { OpenApiDocument } from '../../src/types.js';

const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });

/** Errors of `value` against a JSON Schema (2020-12, the OpenAPI 3.1 dialect); `components` resolves `#/components/...` references. */
export function schemaErrors(schema: unknown, value: unknown, components?: OpenApiDocument['components']): string[] {
  const root = { ...(schema as object), ...(components ? { components } : {}) };
  const validate = ajv.compile(root);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
