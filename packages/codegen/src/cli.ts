#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { readSpec } from './read-spec.js';
import type { GeneratedFiles } from './types.js';
import { writeGenerated } from './write-generated.js';

// Each stage loads only what it needs (openapi-format, openapi-typescript and
// TypeScript are slow to import), so stages can be run and timed separately.

const USAGE = `usage:
  imgur-codegen overlay --base <openapi.base.json> --overlays <dir> --out <openapi.json> [--allow-unmatched]
  imgur-codegen models --spec <openapi.json> --out <dir>
  imgur-codegen client --spec <openapi.json> --out <dir>
  imgur-codegen types --spec <openapi.json> --out <models dir> --client-out <client dir>
  imgur-codegen resource <tag> --spec <openapi.json> --out <dir>
  imgur-codegen resource <tag> <tag>... --spec <openapi.json> --out <dir with {tag}>`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      overlays: { type: 'string' },
      out: { type: 'string' },
      spec: { type: 'string' },
      'client-out': { type: 'string' },
      'allow-unmatched': { type: 'boolean' },
    },
  });
  const [command, name, ...extra] = positionals;
  const need = (key: 'base' | 'overlays' | 'out' | 'spec' | 'client-out'): string => {
    const v = values[key];
    if (v === undefined) throw new Error(`${command}: missing --${key}\n${USAGE}`);
    return v;
  };
  const started = performance.now();
  if (command === 'overlay') {
    const { runOverlay } = await import('./overlay/run-overlay.js');
    const unmatched: string[] = [];
    const doc = await runOverlay({
      base: need('base'),
      overlays: need('overlays'),
      out: need('out'),
      ...(values['allow-unmatched'] === true ? { onUnmatched: (m: string) => void unmatched.push(m) } : {}),
    });
    for (const m of unmatched) console.error(`imgur-codegen: warning: ${m}`);
    if (unmatched.length > 0) console.error(`imgur-codegen: ${unmatched.length} overlay action(s) matched nothing: update spec/overlays (the spec tests fail until then)`);
    const ops = Object.values((doc.paths ?? {}) as Record<string, object>).reduce((n, p) => n + Object.keys(p).length, 0);
    console.log(`overlay: wrote ${need('out')} (${ops} path-item entries) in ${Math.round(performance.now() - started)} ms`);
    return;
  }
  if (command === 'types' && name === undefined) {
    // models and client from one openapi-typescript run: the slowest step of `pnpm generate`, done once.
    // Every option is checked before anything is written: a missing --client-out leaves no models behind.
    const [spec, out, clientOut] = [need('spec'), need('out'), need('client-out')];
    const { models, client } = await (await import('./generate-types.js')).generateTypes(readSpec(spec));
    const changed = writeGenerated(out, models).length + writeGenerated(clientOut, client).length;
    console.log(`types: ${changed} of ${models.size + client.size} file(s) changed in ${out} and ${clientOut} (${Math.round(performance.now() - started)} ms)`);
    return;
  }
  if (command === 'resource' && name !== undefined && extra.length > 0) {
    // Several resource packages from one process (one spec read, one module load); every
    // package's files are generated before any is written, so an unknown tag writes nothing.
    const tags = [name, ...extra];
    const [spec, outPattern] = [need('spec'), need('out')];
    if (!outPattern.includes('{tag}')) throw new Error(`resource: with several tags, --out must contain {tag} (got ${JSON.stringify(outPattern)})`);
    if (new Set(tags).size !== tags.length) throw new Error(`resource: a tag is named twice in ${tags.join(' ')}`);
    const { generateResource } = await import('./resource/generate-resource.js');
    const doc = readSpec(spec);
    const outputs = tags.map((tag) => ({ tag, out: outPattern.replaceAll('{tag}', tag), files: generateResource(doc, tag) }));
    for (const { tag, out, files } of outputs) {
      const changed = writeGenerated(out, files);
      console.log(`resource ${tag}: ${changed.length} of ${files.size} file(s) changed in ${out}`);
    }
    console.log(`resource: ${tags.length} packages in ${Math.round(performance.now() - started)} ms`);
    return;
  }
  let files: GeneratedFiles;
  if (command === 'models' && name === undefined) files = await (await import('./models.js')).generateModels(readSpec(need('spec')));
  else if (command === 'client' && name === undefined) files = await (await import('./client.js')).generateClient(readSpec(need('spec')));
  else if (command === 'resource' && name !== undefined) {
    files = (await import('./resource/generate-resource.js')).generateResource(readSpec(need('spec')), name);
  } else throw new Error(`unknown or malformed command: ${positionals.join(' ') || '(none)'}\n${USAGE}`);
  const changed = writeGenerated(need('out'), files);
  const what = command === 'resource' ? `resource ${name}` : command;
  console.log(`${what}: ${changed.length} of ${files.size} file(s) changed in ${need('out')} (${Math.round(performance.now() - started)} ms)`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`imgur-codegen: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
