import { Ajv2020 } from 'ajv/dist/2020.js';
import type { OpenApiDocument } from '../../src/types.js';

const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();

/** Errors of `value` (validators are cached per schema object) against a JSON Schema (2020-12, the OpenAPI 3.1 dialect); `components` resolves `#/components/...` references. */
export function schemaErrors(schema: unknown, value: unknown, components?: OpenApiDocument['components']): string[] {
  let validate = compiled.get(schema as object);
  if (!validate) {
    validate = ajv.compile({ ...(schema as object), ...(components ? { components } : {}) });
    compiled.set(schema as object, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
