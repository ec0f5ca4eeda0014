import type { ConvertResult } from '../types.js';

/** The `--report` file: source name, counts and warnings, as deterministic JSON text. */
export function reportText(source: string, result: ConvertResult): string {
  return `${JSON.stringify({ source, summary: result.summary, warnings: result.warnings }, null, 2)}\n`;
}
