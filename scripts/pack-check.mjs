#!/usr/bin/env node
// pnpm pack:check — packs every publishable package, installs the tarballs
// into a fresh project outside the repo, type-checks a sample app with
// TypeScript 5.9 and 7 and runs an example against the packed mock server.
// Options: --keep (leave the temp project), --record (write the median of
// 3 type-check runs per compiler and mode to bench/results/consumer-typecheck.json).
// Logic: packages/quality.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { packCheck } = await import(join(root, 'packages/quality/dist/index.js')).catch((e) => {
  console.error(`pack-check: build packages/quality first (pnpm build): ${e.message}`);
  process.exit(1);
});
const args = process.argv.slice(2);
try {
  const report = await packCheck(root, { keep: args.includes('--keep'), typecheckRuns: args.includes('--record') ? 3 : 1, log: (l) => console.log(l) });
  if (args.includes('--keep')) console.log(`kept ${report.dir}`);
  if (args.includes('--record')) {
    const dir = join(root, 'bench/results');
    mkdirSync(dir, { recursive: true });
    const out = {
      date: new Date().toISOString().slice(0, 10),
      machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?' },
      what: 'tsc -p over a sample app importing every resource package, against the packed and npm-installed packages (skipLibCheck off)',
      results: report.typecheck,
    };
    const file = join(dir, 'consumer-typecheck.json');
    writeFileSync(`${file}.tmp`, `${JSON.stringify(out, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
    console.log(`wrote ${file}`);
  }
  console.log('pack-check: ok');
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
