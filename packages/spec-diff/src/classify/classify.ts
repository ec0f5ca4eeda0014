import { RULES } from './rules.js';
import { describeChange } from './describe-change.js';
import type { Bump, Change, RawChange, Rule, Severity } from '../types.js';

const RANK: Readonly<Record<Bump, number>> = { patch: 0, minor: 1, major: 2 };
const SEVERITY: Readonly<Record<Bump, Severity>> = { major: 'breaking', minor: 'feature', patch: 'fix' };
const BY_KIND = new Map<string, Rule>(RULES.map((r) => [r.kind, r]));

/** The higher of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Classifies one change by the `RULES` table: picks the request or response
 * column by the change's direction (`both` takes the worse) and adds the
 * user-facing sentence.
 * @throws Error when the kind has no rule (a bug: every kind has a row).
 */
export function classify(change: RawChange): Change {
  const rule = BY_KIND.get(change.kind);
  if (!rule) throw new Error(`spec-diff: no classification rule for change kind "${change.kind}"`);
  const bump = change.direction === 'request' ? rule.request : change.direction === 'response' ? rule.response : maxBump(rule.request, rule.response);
  const severity = SEVERITY[bump];
  const { kind, direction, scope, packages, operationId, model, location, before, after } = change;
  // Fixed key order keeps the JSON report byte-stable whatever built the change.
  return {
    kind,
    severity,
    bump,
    direction,
    scope,
    packages: [...packages],
    ...(operationId === undefined ? {} : { operationId }),
    ...(model === undefined ? {} : { model }),
    location,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
    message: `${scope}: ${describeChange(change)} (${severity})`,
  };
}
