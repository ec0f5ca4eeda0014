import type { PublishedVersion } from './published.js';

/** `12,345 B (12.1 KiB)`. */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} B (${(bytes / 1024).toFixed(1)} KiB)`;
}

/** One aligned line per published version: name, version, tarball size. */
export function formatPublished(rows: readonly PublishedVersion[]): string[] {
  const w = Math.max(0, ...rows.map((r) => r.name.length));
  const v = Math.max(0, ...rows.map((r) => r.version.length));
  return rows.map((r) => `  ${r.name.padEnd(w)}  ${r.version.padEnd(v)}  ${formatBytes(r.tarballBytes)}`);
}
