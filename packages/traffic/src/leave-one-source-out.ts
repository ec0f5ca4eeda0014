import { collectEvidence } from './collect-evidence.js';
import { targetOf, withModelTargets } from './model-target.js';
import { mergeEvidence } from './merge-evidence.js';
import { getPointer } from './pointer.js';
import { specVariant } from './spec-variant.js';
import { typeMismatches } from './type-mismatches.js';
import type { Evidence, Expectations } from './policy-types.js';
import type { Finding, OpenApiDocument, RecordedExchange } from './types.js';
import { walkBodyDetailed } from './walk-body.js';

/** The generalisation of one derivation rule, measured source by source. */
export interface LosoReport {
  /** One row per source, sorted by name. */
  sources: { source: string; bodies: number; failed: number; failedIds: string[] }[];
  /** Bodies measured (allowlisted bodies are left out). */
  bodies: number;
  /** Bodies that failed when their own source was held out. */
  failed: number;
}

/**
 * Leave-one-source-out: for each source, derives the model rules from every other source's bodies, writes the spec
 * that way ({@link specVariant}) and checks the held-out bodies against it. A body fails on a missing required field,
 * a forbidden null or a value of the wrong JSON type (undeclared fields break no typed client and are not counted).
 * Allowlisted bodies are not measured; their evidence still counts.
 */
export function leaveOneSourceOut(
  exchanges: readonly RecordedExchange[],
  document: OpenApiDocument,
  derive: (evidence: Evidence) => Expectations,
  allowlist: Readonly<Record<string, string>> = {},
): LosoReport {
  const spec = withModelTargets(document);
  const key = (x: RecordedExchange) => x.source ?? 'unknown';
  const names = [...new Set(exchanges.map(key))].sort();
  const bySource = new Map(
    names.map((n) => [
      n,
      collectEvidence(
        exchanges.filter((x) => key(x) === n),
        spec,
      ),
    ]),
  );
  const sources = names.flatMap((source) => {
    const held = exchanges.filter((x) => key(x) === source && !(x.id !== undefined && x.id in allowlist));
    if (held.length === 0) return [];
    const variant = specVariant(spec, derive(mergeEvidence(names.filter((n) => n !== source).map((n) => bySource.get(n)!))));
    const failedIds = held.filter((x) => failures(variant, x).length > 0).map((x) => x.id ?? `${x.method} ${x.path} ${x.status}`);
    return [{ source, bodies: held.length, failed: failedIds.length, failedIds }];
  });
  return { sources, bodies: sources.reduce((n, s) => n + s.bodies, 0), failed: sources.reduce((n, s) => n + s.failed, 0) };
}

/** Missing required fields, forbidden nulls and wrong JSON types of one body (no Ajv compile: a variant per source). */
function failures(spec: OpenApiDocument, x: RecordedExchange): Finding[] {
  if (x.contentType !== undefined && !/json/i.test(x.contentType)) return [];
  const match = targetOf(spec, x);
  if (typeof match === 'string' || !match.schemaPointer) return [];
  const root = getPointer(spec, match.schemaPointer);
  const { findings, choices } = walkBodyDetailed(spec, root, match.schemaPointer, x.body);
  return [...findings.filter((f) => f.kind !== 'undeclared'), ...typeMismatches(spec, root, match.schemaPointer, x.body, choices)];
}
