import { collectEvidence } from './collect-evidence.js';
import { checkPolicy } from './check-policy.js';
import { deriveExpectations } from './derive-expectations.js';
import { fitExpectations } from './fit-expectations.js';
import { leaveOneSourceOut, type LosoReport } from './leave-one-source-out.js';
import type { EvidencePolicy, PolicyFinding } from './policy-types.js';
import type { OpenApiDocument, RecordedExchange } from './types.js';

/** The evidence policy applied to a spec and a corpus, with generalisation measured if asked. */
export interface PolicyReport {
  /** Where the spec disagrees with the policy (empty when it follows it). */
  findings: PolicyFinding[];
  /** Leave-one-source-out under the per-body fitting rule and under the policy (when `loso` was asked). */
  loso?: { fitting: LosoReport; policy: LosoReport };
}

/** Collects the corpus evidence, checks the spec against the policy and, with `loso`, measures both rules. */
export function runPolicy(
  exchanges: readonly RecordedExchange[],
  spec: OpenApiDocument,
  policy: EvidencePolicy,
  options: { allowlist?: Readonly<Record<string, string>>; loso?: boolean } = {},
): PolicyReport {
  const evidence = collectEvidence(exchanges, spec);
  const findings = checkPolicy(spec, evidence, deriveExpectations(evidence, policy, spec), policy);
  if (!options.loso) return { findings };
  const allowlist = options.allowlist ?? {};
  return {
    findings,
    loso: {
      fitting: leaveOneSourceOut(exchanges, spec, fitExpectations, allowlist),
      policy: leaveOneSourceOut(exchanges, spec, (e) => deriveExpectations(e, policy, spec), allowlist),
    },
  };
}

/** Renders a policy report as the CLI prints it. */
export function formatPolicyReport(report: PolicyReport, policyFile: string): string {
  const lines = report.findings.map((f) => `POLICY ${f.kind.padEnd(27)} ${f.message}`);
  lines.push(`evidence policy (${policyFile}): ${report.findings.length === 0 ? 'the spec follows it' : `${report.findings.length} disagreement(s)`}`);
  if (report.loso) {
    const { fitting, policy } = report.loso;
    lines.push(`leave-one-source-out over ${policy.sources.length} sources (${policy.bodies} bodies; allowlisted bodies left out):`);
    for (const [name, r] of [
      ['per-body fitting', fitting],
      ['evidence policy', policy],
    ] as const) {
      lines.push(`  ${name}: ${r.failed} of ${r.bodies} bodies fail when their source is held out`);
      for (const s of r.sources) {
        if (s.failed === 0) continue;
        const more = s.failedIds.length > 3 ? `, and ${s.failedIds.length - 3} more` : '';
        lines.push(`    ${s.source}: ${s.failed} of ${s.bodies} (${s.failedIds.slice(0, 3).join(', ')}${more})`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
