import { SpecValidator } from './ajv-validator.js';
import { targetOf, withModelTargets } from './model-target.js';
import { getPointer } from './pointer.js';
import type { SchemaError } from './ajv-validator.js';
import { typeMismatches } from './type-mismatches.js';
import type { BodyResult, CheckReport, Finding, JsonValue, OpenApiDocument, RecordedExchange } from './types.js';
import { type BranchChoice, walkBodyDetailed } from './walk-body.js';

/** Options of {@link checkExchanges}. */
export interface CheckOptions {
  /** Ids of bodies allowed to fail, each with the reason. */
  allowlist?: Readonly<Record<string, string>>;
}

/**
 * Checks recorded exchanges against an OpenAPI document: each body is matched to its operation's response schema by
 * method + path + status, validated with Ajv, and walked for undeclared fields, missing required fields and
 * forbidden nulls. An exchange that names a `model` is checked against that component schema instead (see
 * {@link targetOf}).
 */
export function checkExchanges(exchanges: readonly RecordedExchange[], document: OpenApiDocument, options: CheckOptions = {}): CheckReport {
  const spec = withModelTargets(document);
  const validator = new SpecValidator(spec);
  const results = exchanges.map((x) => checkOne(x, spec, validator, options.allowlist ?? {}));
  const all = results.flatMap((r) => r.findings);
  const count = (k: Finding['kind']) => all.filter((f) => f.kind === k).length;
  const failed = results.filter((r) => !r.ok && !r.allowlisted).length;
  const allowlisted = results.filter((r) => !r.ok && r.allowlisted).length;
  return {
    results,
    summary: {
      bodies: results.length,
      passed: results.length - failed - allowlisted,
      failed,
      allowlisted,
      undeclared: count('undeclared'),
      missingRequired: count('missing-required'),
      forbiddenNull: count('forbidden-null'),
      schemaErrors: count('schema'),
      unknownOperations: count('unknown-operation'),
      notJson: count('not-json'),
    },
  };
}

function checkOne(x: RecordedExchange, spec: OpenApiDocument, validator: SpecValidator, allowlist: Readonly<Record<string, string>>): BodyResult {
  const id = x.id ?? `${x.method} ${x.path ?? '(no path)'} ${x.status}`;
  const match = targetOf(spec, x);
  const done = (operation: string, findings: Finding[], schemaPath?: string): BodyResult => {
    const ok = findings.length === 0;
    const reason = ok ? undefined : allowlist[id];
    return { id, operation, ...(schemaPath ? { schemaPath } : {}), findings, ok, ...(reason ? { allowlisted: reason } : {}) };
  };
  const label = `${x.method} ${x.path ?? '(no path)'} ${x.status}`;
  if (typeof match === 'string') return done(label, [{ kind: 'unknown-operation', instancePath: '', schemaPath: '#/paths', message: match }]);
  const { schemaPointer } = match;
  if (!schemaPointer) {
    const empty = x.body === null || x.body === '';
    return done(match.label, empty ? [] : [{ kind: 'schema', instancePath: '', schemaPath: '#/paths', message: `${match.label} declares no JSON body, but one was sent` }]);
  }
  if (x.contentType !== undefined && !/json/i.test(x.contentType)) {
    return done(match.label, [{ kind: 'not-json', instancePath: '', schemaPath: schemaPointer, message: `the body is ${x.contentType}, not JSON` }], schemaPointer);
  }
  const root = getPointer(spec, schemaPointer);
  const { findings: structural, choices } = walkBodyDetailed(spec, root, schemaPointer, x.body);
  const errors = withModelPointers(preciseErrors(validator, schemaPointer, x.body, '', choices), typeMismatches(spec, root, schemaPointer, x.body, choices));
  let schemaErrors = errors.filter((e) => !REPORTED_BY_WALK.has(e.keyword) && !coveredBy(e, structural));
  schemaErrors = schemaErrors.filter((e, i) => schemaErrors.findIndex((o) => o.instancePath === e.instancePath && o.message === e.message) === i);
  if (errors.length > 0 && structural.length === 0 && schemaErrors.length === 0) schemaErrors = [errors[0]!];
  const findings: Finding[] = [
    ...structural,
    ...schemaErrors.map(
      (e): Finding => ({
        kind: 'schema',
        instancePath: e.instancePath,
        schemaPath: e.schemaPath,
        ...(e.keyword === 'type' && fieldOf(e.instancePath) !== undefined ? { field: fieldOf(e.instancePath) } : {}),
        message: `${e.instancePath || '(root)'} ${e.message} (schema ${e.schemaPath})`,
      }),
    ),
  ];
  return done(match.label, findings, schemaPointer);
}

/**
 * Ajv reports a type error under a `$ref` relative to the referenced schema (`#/properties/title/type`); the walk
 * knows the absolute pointer (`#/components/schemas/Image/properties/title`), which names the model. Uses it.
 */
function withModelPointers(errors: SchemaError[], mismatches: readonly Finding[]): SchemaError[] {
  const at = new Map(mismatches.map((m) => [m.instancePath, m.schemaPath]));
  return errors.map((e) => (e.keyword === 'type' && at.has(e.instancePath) ? { ...e, schemaPath: `${at.get(e.instancePath)}/type` } : e));
}

/** The field name at the end of a body pointer (`/data/0/title` -> `title`), if it names one. */
function fieldOf(instancePath: string): string | undefined {
  const last = instancePath.split('/').pop();
  return last === undefined || last === '' || /^\d+$/.test(last) ? undefined : last.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Keywords whose failures the structural walk reports more precisely (missing fields; the branch that fits best). */
const REPORTED_BY_WALK = new Set(['required', 'oneOf', 'anyOf', 'if', 'then', 'else']);

/** Drops Ajv errors that restate a structural finding (errors at a null the walk already reported). */
function coveredBy(e: { instancePath: string }, structural: readonly Finding[]): boolean {
  return structural.some((f) => {
    if (f.kind === 'forbidden-null') return e.instancePath === f.instancePath;
    return false;
  });
}

/**
 * Ajv errors of a value, with the errors of every `oneOf`/`anyOf` replaced by those of the branch the walk chose
 * (so a gallery image is not also reported for failing the album branch).
 */
function preciseErrors(validator: SpecValidator, pointer: string, value: JsonValue, base: string, choices: readonly BranchChoice[]): SchemaError[] {
  const under = (p: string, root: string) => p === root || p.startsWith(`${root}/`);
  const mine = choices.filter((c) => under(c.instancePath, base));
  const outer = mine.filter((c) => !mine.some((o) => o !== c && under(c.instancePath, o.instancePath) && o.instancePath !== c.instancePath));
  const errors = validator.validate(pointer, value).map((e) => ({ ...e, instancePath: base + e.instancePath }));
  if (outer.length === 0) return errors;
  const kept = errors.filter((e) => !outer.some((c) => under(e.instancePath, c.instancePath)));
  for (const c of outer) {
    const rest = choices.filter((o) => o !== c);
    kept.push(...preciseErrors(validator, c.branchPointer, valueAt(value, c.instancePath.slice(base.length)), c.instancePath, rest));
  }
  return kept;
}

function valueAt(value: JsonValue, pointer: string): JsonValue {
  return getPointer(value, pointer) as JsonValue;
}
