import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiReports } from '../../src/api-report/api-report.js';

const tmp = mkdtempSync(join(tmpdir(), 'api-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Two built packages: `@x/routes` (a route map) and `@x/core`, whose `raw()` returns it. */
function workspace(name: string, routes: string, coreDoc = 'Raw access.'): { name: string; dir: string }[] {
  const root = join(tmp, name);
  const pkg = (n: string, dts: Record<string, string>, exports: unknown) => {
    const dir = join(root, n);
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `@x/${n}`, version: '0.1.0', type: 'module', exports }));
    for (const [f, text] of Object.entries(dts)) writeFileSync(join(dir, 'dist', f), text);
    return { name: `@x/${n}`, dir };
  };
  const routesPkg = pkg('routes', { 'index.d.ts': `/** Every route. */\nexport interface Routes {\n${routes}\n}\n` }, { '.': { types: './dist/index.d.ts' } });
  const core = pkg(
    'core',
    {
      'index.d.ts': `import type { Routes } from '@x/routes';\ninterface Options { base: string }\n/** ${coreDoc} */\nexport declare function raw(o: Options): Routes;\n`,
      'node.d.ts': `export declare const VERSION: string;\n`,
    },
    { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './node': { types: './dist/node.d.ts' }, './package.json': './package.json' },
  );
  mkdirSync(join(core.dir, 'node_modules', '@x'), { recursive: true });
  symlinkSync(routesPkg.dir, join(core.dir, 'node_modules', '@x', 'routes'));
  return [routesPkg, core];
}

describe('apiReports', () => {
  it('reports every entry point, and the declarations of another package that an export reaches, one entry per member', () => {
    const [routes, core] = apiReports(workspace('a', '"/a": { get: string; post?: number };'));
    expect(routes?.exposes).toEqual([]);
    expect(core?.exposes).toEqual(['@x/routes']);
    expect(core?.entries).toEqual({
      '@x/core#Options': 'interface Options { }',
      '@x/core#Options.base': 'base: string;',
      '@x/core#raw': 'export declare function raw(o: Options): Routes;',
      '@x/routes#Routes': 'export interface Routes { }',
      '@x/routes#Routes["/a"]': '"/a": {};',
      '@x/routes#Routes["/a"].get': 'get: string;',
      '@x/routes#Routes["/a"].post': 'post?: number;',
      // A declaration file without `export {}` exports every top-level declaration.
      'export . Options': '@x/core#Options',
      'export . raw': '@x/core#raw',
      'export ./node VERSION': '@x/core#VERSION',
      '@x/core#VERSION': 'export declare const VERSION: string;',
    });
  });

  it('sees a route removed from the dependency in the dependent, and no change for an edited comment', () => {
    const [, before] = apiReports(workspace('b', '"/a": { get: string };\n"/b": { get: string };'));
    const [, after] = apiReports(workspace('c', '"/a": { get: string };', 'Raw access to every route.'));
    const gone = Object.keys(before?.entries ?? {}).filter((k) => !(k in (after?.entries ?? {})));
    expect(gone).toEqual(['@x/routes#Routes["/b"]', '@x/routes#Routes["/b"].get']);
    expect(after?.entries['@x/core#raw']).toBe(before?.entries['@x/core#raw']);
  });

  it('names a package that is not built', () => {
    const dir = join(tmp, 'unbuilt');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@x/unbuilt', exports: { '.': { types: './dist/index.d.ts' } } }));
    expect(() => apiReports([{ name: '@x/unbuilt', dir }])).toThrow(/dist\/index\.d\.ts \(types of \. in .*package\.json\) does not exist: build the package first/);
  });
});
