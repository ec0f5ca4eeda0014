/**
 * The entries (`- ...` lines, without the dash) of the section for `version`
 * (`## 1.0.0`) in a changesets CHANGELOG.md, in order; empty when there is no
 * such section. Continuation lines of an entry are not included.
 */
export function changelogEntries(changelog: string, version: string): string[] {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${version}`);
  if (start < 0) return [];
  const entries: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    const m = /^- (.*)$/.exec(line);
    if (m?.[1]) entries.push(m[1].replace(/^[0-9a-f]{7}: /, ''));
  }
  return entries;
}

/** `major`, `minor` or `patch`: how `to` differs from `from` (both `x.y.z`). Throws on anything else. */
export function bumpBetween(from: string, to: string): 'major' | 'minor' | 'patch' {
  const parse = (v: string) => {
    const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
    if (!m) throw new Error(`not a plain x.y.z version: ${JSON.stringify(v)}`);
    return [Number(m[1]), Number(m[2]), Number(m[3])] as const;
  };
  const [a, b] = [parse(from), parse(to)];
  if (b[0] === a[0] + 1 && b[1] === 0 && b[2] === 0) return 'major';
  if (b[0] === a[0] && b[1] === a[1] + 1 && b[2] === 0) return 'minor';
  if (b[0] === a[0] && b[1] === a[1] && b[2] === a[2] + 1) return 'patch';
  throw new Error(`${from} -> ${to} is not one semver step`);
}
