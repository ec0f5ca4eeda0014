import type { CheckReport, Finding } from './types.js';

const LABEL: Record<Finding['kind'], string> = {
  undeclared: 'undeclared',
  'missing-required': 'missing',
  'forbidden-null': 'null',
  schema: 'schema',
  'unknown-operation': 'no route',
  'not-json': 'not JSON',
};

/** The report as text: one block per failing or allowlisted body, then one summary line. */
export function formatReport(report: CheckReport): string {
  const lines: string[] = [];
  for (const r of report.results) {
    if (r.ok) continue;
    lines.push(`${r.allowlisted ? 'ALLOWED' : 'FAIL'} ${r.id}  ${r.operation}${r.schemaPath ? `  (schema ${r.schemaPath})` : ''}`);
    if (r.allowlisted) lines.push(`  allowlisted: ${r.allowlisted}`);
    for (const f of r.findings) lines.push(`  ${LABEL[f.kind].padEnd(10)} ${describe(f)}`);
  }
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

function describe(f: Finding): string {
  if (f.kind === 'undeclared') return `${f.instancePath} = ${short(f.value)}  (not in ${f.schemaPath})`;
  if (f.kind === 'missing-required') return `${f.instancePath || '(root)'}: \`${f.field}\` required by ${f.schemaPath}`;
  if (f.kind === 'forbidden-null') return `${f.instancePath || '(root)'} is null${f.field ? `: \`${f.field}\` of ${f.schemaPath}` : ` (${f.schemaPath})`}`;
  return f.message;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** `N bodies checked: ...` — the last line of every run. */
export function summaryLine(report: CheckReport): string {
  const s = report.summary;
  const fields = new Set(report.results.filter((r) => !r.ok).flatMap((r) => r.findings.filter((f) => f.kind === 'undeclared').map((f) => `${f.schemaPath} ${f.field}`))).size;
  return (
    `${s.bodies} bodies checked: ${s.passed} passed, ${s.failed} failed, ${s.allowlisted} allowlisted; ` +
    `${s.undeclared} undeclared field occurrences (${fields} distinct), ${s.missingRequired} missing required, ` +
    `${s.forbiddenNull} forbidden nulls, ${s.schemaErrors} other schema errors, ${s.unknownOperations} unknown routes, ${s.notJson} non-JSON bodies`
  );
}
