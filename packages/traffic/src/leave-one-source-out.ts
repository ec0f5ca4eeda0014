import { checkExchanges } from './check.js';
import { collectEvidence } from './collect-evidence.js';
import { specVariant } from './spec-variant.js';
import type { Evidence, Expectations } from './policy-types.js';
import type { OpenApiDocument, RecordedExchange } from './types.js';

/** The generalisation of one derivation rule, measured source by source. */
export interface LosoReport {
  /** One row per source, sorted by name. */
  sources: { source: string; bodies: number; failed: number; failedIds: string[]; undeclaredOnly: number }[];
  /** Bodies measured (allowlisted bodies are left out). */
  bodies: number;
  /** Bodies that failed when their own source was held out. */
  failed: number;
}

/**
 * Leave-one-source-out: for each source, derives the model rules from every other source's bodies, writes the spec
 * that way ({@link specVariant}) and checks the held-out bodies against it. A body fails on a missing required field,
 * a forbidden null or a type error; a body whose only findings are undeclared fields is counted apart
 * (`undeclaredOnly`), since an extra field breaks no typed client. Allowlisted bodies are left out.
 */
export function leaveOneSourceOut(
  exchanges: readonly RecordedExchange[],
  spec: OpenApiDocument,
  derive: (evidence: Evidence) => Expectations,
  allowlist: Readonly<Record<string, string>> = {},
): LosoReport {
  const measured = exchanges.filter((x) => !(x.id !== undefined && x.id in allowlist));
  const names = [...new Set(measured.map((x) => x.source ?? 'unknown'))].sort();
  const sources = names.map((source) => {
    const held = measured.filter((x) => (x.source ?? 'unknown') === source);
    const train = exchanges.filter((x) => (x.source ?? 'unknown') !== source);
    const variant = specVariant(spec, derive(collectEvidence(train, spec)));
    const results = checkExchanges(held, variant).results;
    const failing = results.filter((r) => r.findings.some((f) => f.kind !== 'undeclared'));
    const undeclaredOnly = results.filter((r) => r.findings.length > 0 && r.findings.every((f) => f.kind === 'undeclared')).length;
    return { source, bodies: held.length, failed: failing.length, failedIds: failing.map((r) => r.id), undeclaredOnly };
  });
  return { sources, bodies: measured.length, failed: sources.reduce((n, s) => n + s.failed, 0) };
}
