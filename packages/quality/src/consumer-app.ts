import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the sample app knows about one resource package: its name and its operations. */
export interface ResourceModule {
  readonly name: string;
  readonly exports: Readonly<Record<string, unknown>>;
}

interface Meta {
  readonly method?: string;
  readonly path?: string;
  readonly pathParams?: readonly (string | readonly [string, string])[];
}

const ident = (pkg: string): string => `${pkg.replace(/^@[^/]+\//, '').replace(/[^A-Za-z0-9_]/g, '_')}Ops`;

function operations(mod: ResourceModule): [string, Meta][] {
  return Object.entries(mod.exports)
    .filter(([, v]) => typeof v === 'function' && typeof (v as { meta?: unknown }).meta === 'object')
    .map(([k, v]) => [k, (v as { meta: Meta }).meta] as [string, Meta])
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Source of a sample app that imports every resource package: the result
 * type of every operation, a typed `GET /3/image/{id}` call and a
 * `POST /3/upload` call when the packages have them, and `upload`/`paginate` from core.
 */
export function consumerSource(mods: readonly ResourceModule[]): string {
  const lines = ["import { createImgurClient, upload, ImgurApiError } from '@imgur-ts/core';"];
  for (const m of mods) lines.push(`import * as ${ident(m.name)} from '${m.name}';`);
  lines.push('', "const imgur = createImgurClient({ clientId: 'app-client-id' });", '', 'export interface Results {');
  for (const m of mods) for (const [op] of operations(m)) lines.push(`  '${m.name}#${op}': Awaited<ReturnType<typeof ${ident(m.name)}.${op}>>;`);
  lines.push('}', '', 'export async function run(file: Blob): Promise<string[]> {', '  const out: string[] = [];');
  lines.push("  const uploaded = await upload(imgur, file, { title: 'sample' });", '  out.push(uploaded.link);');
  for (const m of mods) {
    for (const [op, meta] of operations(m)) {
      const p = meta.pathParams?.[0];
      const key = typeof p === 'string' ? p : p?.[0];
      if (meta.method === 'POST' && meta.path === '/3/upload') {
        lines.push(`  const viaResource = await ${ident(m.name)}.${op}(imgur, { image: file, title: 'sample' });`, '  out.push(JSON.stringify(viaResource));');
      }
      if (meta.method === 'GET' && /^\/3\/image\/\{[^}]+\}$/.test(meta.path ?? '') && key) {
        lines.push(`  const image = await ${ident(m.name)}.${op}(imgur, { ${JSON.stringify(key)}: 'abc123' });`, '  out.push(JSON.stringify(image));');
      }
    }
  }
  lines.push(
    '  try {',
    '    await upload(imgur, new Uint8Array([1, 2, 3]));',
    '  } catch (e) {',
    '    if (e instanceof ImgurApiError) out.push(String(e.status));',
    '  }',
    '  return out;',
    '}',
    '',
  );
  return lines.join('\n');
}

/** Writes the sample app (src/index.ts) with tsconfig.strict.json and tsconfig.loose.json into `dir`. */
export function writeConsumerApp(dir: string, mods: readonly ResourceModule[]): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'index.ts'), consumerSource(mods));
  const base = {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    noEmit: true,
    skipLibCheck: false,
    types: [],
  };
  const strict = { ...base, strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, verbatimModuleSyntax: true };
  writeFileSync(join(dir, 'tsconfig.strict.json'), JSON.stringify({ compilerOptions: strict, include: ['src'] }, null, 2));
  writeFileSync(join(dir, 'tsconfig.loose.json'), JSON.stringify({ compilerOptions: { ...base, strict: false }, include: ['src'] }, null, 2));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'imgur-ts-consumer', private: true, type: 'module' }, null, 2));
}
