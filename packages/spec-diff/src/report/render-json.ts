import { buildReport } from './build-report.js';
import type { Change } from '../types.js';

/** Renders changes as the `--json` report (see `DiffReport`), two-space indented, ending in a newline. */
export function renderJson(changes: readonly Change[]): string {
  return `${JSON.stringify(buildReport(changes), null, 2)}\n`;
}
