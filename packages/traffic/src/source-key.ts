import type { TrafficSource } from './types.js';

/**
 * The independent source a corpus body comes from: a repository (`owner/name`), the repository an issue was filed
 * in, a documentation host, or a capture tool. Bodies of one source are held out together when generalisation is
 * measured.
 */
export function sourceKey(source: TrafficSource): string {
  if (source.kind === 'repository') return source.repository;
  if (source.kind === 'capture') return `capture:${source.tool}`;
  const github = /^https:\/\/github\.com\/([^/]+\/[^/#?]+)/.exec(source.url);
  if (github) return github[1]!;
  try {
    return new URL(source.url).host;
  } catch {
    return source.url;
  }
}
