import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { MockHttpError } from './errors.js';
import type { Operation } from '../spec/operation.js';
import { isObject } from '../spec/ref.js';
import type { OpenApiDocument } from '../types.js';

const SPEC_ID = 'urn:imgur-mock:spec';

/** Validates requests against the spec with ajv (JSON Schema 2020-12); each schema is compiled once. */
export class Validator {
  private readonly coercing: Ajv2020;
  private readonly exact: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: OpenApiDocument) {
    this.coercing = makeAjv(doc, true);
    this.exact = makeAjv(doc, false);
  }

  /** Coerces and checks path and query values in place (defaults filled in); throws a 400 naming the field. */
  params(op: Operation, where: 'path' | 'query', values: Record<string, unknown>): void {
    const specs = op.params.filter((p) => p.in === where);
    const schema = {
      type: 'object',
      properties: Object.fromEntries(specs.map((p) => [p.name, p.schema])),
      required: specs.filter((p) => p.required).map((p) => p.name),
    };
    this.run(`${op.method} ${op.path} ${where}`, schema, values, this.coercing, where);
  }

  /** Checks a parsed body (form fields coerced from strings, JSON as sent); throws a 400 naming the field. */
  body(op: Operation, value: unknown, fromForm: boolean): void {
    if (!op.body) return;
    const ajv = fromForm ? this.coercing : this.exact;
    this.run(`${op.method} ${op.path} body ${fromForm}`, op.body.schema, value, ajv, 'body');
  }

  /** Checks any value against a schema of the spec (used by tests and the response generator). */
  check(key: string, schema: unknown, value: unknown): string | undefined {
    const fn = this.compile(`check ${key}`, schema, this.exact);
    return fn(value) ? undefined : describe(fn.errors?.[0], 'response');
  }

  private run(key: string, schema: unknown, value: unknown, ajv: Ajv2020, where: string): void {
    const fn = this.compile(key, schema, ajv);
    if (!fn(value)) throw new MockHttpError(400, describe(fn.errors?.[0], where));
  }

  private compile(key: string, schema: unknown, ajv: Ajv2020): ValidateFunction {
    let fn = this.cache.get(key);
    if (!fn) {
      fn = ajv.compile(rebase(schema) as object);
      this.cache.set(key, fn);
    }
    return fn;
  }
}

function makeAjv(doc: OpenApiDocument, coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: false, coerceTypes: coerce ? 'array' : false, useDefaults: coerce, validateFormats: true });
  formats.default(ajv);
  ajv.addFormat('binary', true).addFormat('byte', true).addFormat('int32', true).addFormat('int64', true);
  ajv.addFormat('float', true).addFormat('double', true).addFormat('password', true);
  ajv.addSchema({ $id: SPEC_ID, components: rebase(doc.components ?? {}) as object });
  return ajv;
}

/** Points local refs at the spec container so they resolve inside each compiled schema. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (!isObject(node)) return node === undefined ? {} : node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${SPEC_ID}${v}` : rebase(v);
  }
  return out;
}

function describe(e: ErrorObject | undefined, where: string): string {
  if (!e) return `Invalid ${where}`;
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'required') {
    const missing = [...path, String(e.params.missingProperty)].join('.');
    return where === 'body' ? `Missing required field \`${missing}\`` : `Missing required ${where} parameter \`${missing}\``;
  }
  const field = path.join('.') || '(root)';
  const allowed = e.keyword === 'enum' ? `: ${(e.params.allowedValues as unknown[]).map(String).join(', ')}` : '';
  const label = where === 'body' ? 'field' : `${where} parameter`;
  return `Invalid ${label} \`${field}\`: ${e.message ?? 'is invalid'}${allowed}`;
}
