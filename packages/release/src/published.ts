import { request } from './http-get.js';

/** One package version as a registry serves it. */
export interface PublishedVersion {
  name: string;
  version: string;
  /** Size of the .tgz the registry serves, in bytes (downloaded and counted). */
  tarballBytes: number;
  /** `dependencies` of the published manifest (what npm users resolve). */
  dependencies: Record<string, string>;
}

interface Packument {
  versions?: Record<string, { dist?: { tarball?: string }; dependencies?: Record<string, string> }>;
  'dist-tags'?: Record<string, string>;
}

/** The versions of `name` on `registry` and its `latest` tag; no versions when it was never published. */
export async function registryVersions(
  registry: string,
  name: string,
): Promise<{ versions: string[]; latest?: string; tarballs: Record<string, string>; dependencies: Record<string, Record<string, string>> }> {
  const res = await request(`${registry}${name.replace('/', '%2f')}`);
  if (res.status === 404) return { versions: [], tarballs: {}, dependencies: {} };
  if (res.status !== 200) throw new Error(`GET ${registry}${name}: HTTP ${res.status}`);
  const p = res.json<Packument>();
  const tarballs: Record<string, string> = {};
  const dependencies: Record<string, Record<string, string>> = {};
  for (const [v, meta] of Object.entries(p.versions ?? {})) {
    if (meta.dist?.tarball) tarballs[v] = meta.dist.tarball;
    dependencies[v] = meta.dependencies ?? {};
  }
  const latest = p['dist-tags']?.latest;
  return { versions: Object.keys(p.versions ?? {}), ...(latest ? { latest } : {}), tarballs, dependencies };
}

/** Downloads a tarball and returns its size in bytes. */
async function tarballSize(url: string): Promise<number> {
  const res = await request(url, {}, 30_000);
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return res.body.byteLength;
}

/**
 * What is on `registry` now for the given package names and was not in
 * `before` (name → versions already seen): every new version with the size
 * of its tarball, sorted by name then version.
 */
export async function newlyPublished(registry: string, names: readonly string[], before: ReadonlyMap<string, readonly string[]>): Promise<PublishedVersion[]> {
  const rows: PublishedVersion[] = [];
  for (const name of names) {
    const { versions, tarballs, dependencies } = await registryVersions(registry, name);
    const seen = new Set(before.get(name) ?? []);
    for (const version of versions) {
      if (seen.has(version)) continue;
      const url = tarballs[version];
      if (!url) throw new Error(`${name}@${version} on ${registry} has no dist.tarball`);
      rows.push({ name, version, tarballBytes: await tarballSize(url), dependencies: dependencies[version] ?? {} });
    }
  }
  return rows.sort((a, b) => (a.name === b.name ? (a.version < b.version ? -1 : 1) : a.name < b.name ? -1 : 1));
}

/** name → versions on the registry now, for the given names. */
export async function snapshotVersions(registry: string, names: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  for (const name of names) map.set(name, (await registryVersions(registry, name)).versions);
  return map;
}

/**
 * Problems with the internal dependencies of published manifests: a
 * `workspace:` range left in, or an `@imgur-ts/*` dependency that is not the
 * exact version of that package at publish time (`versions`: name → version).
 * Empty when every range is right.
 */
export function internalRangeProblems(rows: readonly PublishedVersion[], versions: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    for (const [dep, range] of Object.entries(row.dependencies)) {
      if (range.startsWith('workspace:')) problems.push(`${row.name}@${row.version}: dependency ${dep} is still "${range}"`);
      else if (versions.has(dep) && range !== versions.get(dep)) problems.push(`${row.name}@${row.version}: dependency ${dep} is "${range}", want "${versions.get(dep)}"`);
    }
  }
  return problems;
}
