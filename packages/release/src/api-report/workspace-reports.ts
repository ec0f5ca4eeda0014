import { join } from 'node:path';
import { publishablePackages } from '../workspace-packages.js';
import { apiReports } from './api-report.js';
import { routeEntries } from './routes.js';
import type { ApiReport } from './types.js';

/**
 * Packages whose runtime behaviour is a set of routes: the mock answers the
 * operations of the API description it embeds, so a removed route breaks
 * users' tests even though no declaration changed.
 */
export const RUNTIME_ROUTES: Readonly<Record<string, { module: string; exportName: string }>> = {
  '@imgur-ts/mock': { module: 'dist/generated/openapi.gen.js', exportName: 'openapiDocument' },
};

/**
 * The API report of every publishable package of the workspace at `root`,
 * from its built `dist/` (declarations plus, for {@link RUNTIME_ROUTES}, the
 * routes it serves). Build first.
 */
export async function workspaceReports(root: string): Promise<ApiReport[]> {
  const packages = publishablePackages(root);
  const reports = apiReports(packages);
  for (const report of reports) {
    const routes = RUNTIME_ROUTES[report.name];
    const pkg = packages.find((p) => p.name === report.name);
    if (!routes || !pkg) continue;
    const entries = { ...report.entries, ...(await routeEntries(join(pkg.dir, routes.module), routes.exportName)) };
    report.entries = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return reports;
}
