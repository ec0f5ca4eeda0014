import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { OpenApiDocument } from './types.js';

const SPEC_ID = 'urn:imgur-ts:openapi';

/** One Ajv error, reduced to what a report needs. */
export interface SchemaError {
  /** Pointer into the body. */
  instancePath: string;
  /** Pointer into spec/openapi.json of the failing keyword. */
  schemaPath: string;
  /** Ajv's message. */
  message: string;
  /** The failing keyword (`type`, `required`, `enum`...). */
  keyword: string;
}

/** Compiles response schemas of one OpenAPI document with Ajv (JSON Schema 2020-12) and checks bodies against them. */
export class SpecValidator {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  /** Loads the document; its local `$ref`s resolve inside it. */
  constructor(spec: OpenApiDocument) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    formats.default(this.ajv);
    for (const f of ['binary', 'byte', 'int32', 'int64', 'float', 'double', 'password']) this.ajv.addFormat(f, true);
    this.ajv.addSchema({ ...spec, $id: SPEC_ID });
  }

  /** Validates `value` against the schema at `pointer` (`#/paths/...`); returns every error (empty when valid). */
  validate(pointer: string, value: unknown): SchemaError[] {
    let fn = this.cache.get(pointer);
    if (!fn) {
      const got = this.ajv.getSchema(`${SPEC_ID}${pointer}`);
      if (!got) throw new Error(`no schema at ${pointer} in the OpenAPI document`);
      fn = got;
      this.cache.set(pointer, fn);
    }
    if (fn(value)) return [];
    return (fn.errors ?? []).map((e) => toSchemaError(e));
  }
}

function toSchemaError(e: ErrorObject): SchemaError {
  const schemaPath = e.schemaPath.startsWith(SPEC_ID) ? e.schemaPath.slice(SPEC_ID.length) : e.schemaPath;
  const extra =
    e.keyword === 'additionalProperties'
      ? ` (\`${String(e.params.additionalProperty)}\`)`
      : e.keyword === 'enum'
        ? ` (${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`
        : '';
  return { instancePath: e.instancePath, schemaPath, keyword: e.keyword, message: `${e.message ?? 'is invalid'}${extra}` };
}
