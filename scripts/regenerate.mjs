#!/usr/bin/env node
// The main job: regenerate everything from the pinned Postman collection
// (convert -> overlays -> types, client and resource packages -> build) and
// report what it produced. The pipeline is `pnpm generate` (root package.json), forced.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const t0 = performance.now();
const run = spawnSync('pnpm', ['run', '--silent', 'generate', '--force', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
if (run.status !== 0) {
  console.error(`regenerate: the pipeline failed after ${seconds} s (see the log above)`);
  process.exit(run.status ?? 1);
}

const readJson = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const collection = readJson('spec/imgur.postman_collection.json');
const spec = readJson('spec/openapi.json');
const report = existsSync(join(root, 'spec/conversion-report.json')) ? readJson('spec/conversion-report.json') : null;

const countRequests = (items) => items.reduce((n, it) => n + (Array.isArray(it.item) ? countRequests(it.item) : 1), 0);
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const ops = Object.entries(spec.paths ?? {}).flatMap(([path, item]) => methods.filter((m) => item[m]).map((m) => ({ path, method: m.toUpperCase(), op: item[m] })));
const byTag = new Map();
for (const o of ops) for (const t of o.op.tags ?? ['(untagged)']) byTag.set(t, (byTag.get(t) ?? 0) + 1);

const lines = [];
lines.push(`Regenerated from spec/imgur.postman_collection.json in ${seconds} s`);
lines.push('');
lines.push(`Collection: ${collection.info?.name ?? '?'} — ${countRequests(collection.item ?? [])} requests in ${(collection.item ?? []).length} folders`);
lines.push(
  `OpenAPI ${spec.openapi}: ${ops.length} operations on ${Object.keys(spec.paths ?? {}).length} paths, ${Object.keys(spec.components?.schemas ?? {}).length} component schemas`,
);
const pkgOf = { Extras: '@imgur-ts/core (getCredits)' };
for (const [tag, n] of [...byTag].sort()) lines.push(`  ${tag.padEnd(10)} ${String(n).padStart(3)} operations -> ${pkgOf[tag] ?? `@imgur-ts/${tag.toLowerCase()}`}`);
const typed = ops.filter(({ op }) =>
  Object.entries(op.responses ?? {}).some(([code, r]) => /^2/.test(code) && Object.values(r.content ?? {}).some((m) => m.schema && Object.keys(m.schema).length > 0)),
).length;
lines.push(
  `Typed 2xx responses: ${typed} of ${ops.length} operations; pageable: ${ops.filter((o) => o.op['x-imgur-paging']).length}; deprecated: ${ops.filter((o) => o.op.deprecated).length}`,
);
if (report) {
  const warnings = Array.isArray(report) ? report : (report.warnings ?? []);
  const kinds = new Map();
  for (const w of warnings) kinds.set(w.kind ?? w.code ?? 'warning', (kinds.get(w.kind ?? w.code ?? 'warning') ?? 0) + 1);
  lines.push(`Converter report (spec/conversion-report.json): ${warnings.length} notes`);
  for (const [k, n] of [...kinds].sort()) lines.push(`  ${k}: ${n}`);
}
lines.push('Generated files (src/generated):');
for (const dir of readdirSync(join(root, 'packages')).sort()) {
  const gen = join(root, 'packages', dir, 'src', 'generated');
  if (!existsSync(gen)) continue;
  for (const f of readdirSync(gen).sort()) {
    const p = join(gen, f);
    const text = readFileSync(p, 'utf8');
    const fns = (text.match(/= \/\* @__PURE__ \*\/ define(Pageable)?Operation\b/g) ?? []).length;
    lines.push(
      `  ${relative(root, p).padEnd(52)} ${String(text.split('\n').length).padStart(6)} lines ${String(statSync(p).size).padStart(8)} bytes${fns ? `  ${fns} operations` : ''}`,
    );
  }
}
const diff = spawnSync('git', ['status', '--porcelain', '--', 'spec', 'packages'], { cwd: root, encoding: 'utf8' });
const changed = diff.status === 0 ? diff.stdout.split('\n').filter((l) => /generated|openapi|conversion-report/.test(l)) : [];
lines.push(
  diff.status !== 0
    ? 'Not a git checkout: no comparison with committed output.'
    : changed.length === 0
      ? 'Output is identical to the committed files.'
      : `Output differs from the committed files in ${changed.length} paths:\n${changed.map((l) => `  ${l}`).join('\n')}`,
);
console.log(lines.join('\n'));
