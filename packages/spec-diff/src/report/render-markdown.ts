import { buildReport } from './build-report.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { Change } from '../types.js';

/**
 * Renders changes as a markdown report: a summary line, then one section per
 * package with its bump and its changes (breaking first). Spec text is
 * escaped, so a hostile description cannot inject markup.
 */
export function renderMarkdown(changes: readonly Change[]): string {
  const report = buildReport(changes);
  const lines = ['# API changes', ''];
  if (report.bump === 'none') return [...lines, 'No API changes.', ''].join('\n');
  const count = (s: Change['severity']): number => changes.filter((c) => c.severity === s).length;
  lines.push(
    `${changes.length} change${changes.length === 1 ? '' : 's'}: ${count('breaking')} breaking, ${count('feature')} feature, ${count('fix')} fix; highest bump **${report.bump}**.`,
    '',
  );
  for (const pkg of report.packages) {
    lines.push(`## ${escapeMarkdown(pkg.name)}: ${pkg.bump}`, '');
    for (const c of pkg.changes) lines.push(`- ${escapeMarkdown(c.message)}`);
    lines.push('');
  }
  return lines.join('\n');
}
