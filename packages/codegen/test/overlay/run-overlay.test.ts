import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOverlays, runOverlay } from '../../src/overlay/run-overlay.js';

const overlay = (title: string, target = '$.info') =>
  `overlay: 1.0.0\ninfo: { title: ${title}, version: "1" }\nactions:\n  - target: ${target}\n    update: { x-${title}: true }\n`;
const dirs: string[] = [];
const temp = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'imgur-codegen-o-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('run-overlay', () => {
  it('loads *.yaml/*.yml overlays in file-name order and ignores other files', () => {
    const dir = temp({ 'b.yml': overlay('b'), 'a.yaml': overlay('a'), 'README.md': '# no', '10.yaml': overlay('ten') });
    expect(loadOverlays(dir).map((o) => [o.file, o.info.title])).toEqual([
      ['10.yaml', 'ten'],
      ['a.yaml', 'a'],
      ['b.yml', 'b'],
    ]);
  });

  it('fails on a folder without overlays', () => {
    const dir = temp({ 'x.json': '{}' });
    expect(() => loadOverlays(dir)).toThrow(`${dir}: no overlay files (*.yaml)`);
  });

  it('applies the overlays in order and writes the result', async () => {
    const dir = temp({ 'base.json': '{"openapi":"3.1.0","info":{"title":"t","version":"1"}}', 'o1.yaml': overlay('a'), 'o2.yaml': overlay('b') });
    const out = join(dir, 'out.json');
    await runOverlay({ base: join(dir, 'base.json'), overlays: dir, out });
    expect(JSON.parse(readFileSync(out, 'utf8')).info).toEqual({ title: 't', version: '1', 'x-a': true, 'x-b': true });
  });

  it('names the base file when it cannot be read, and writes nothing', async () => {
    const dir = temp({ 'base.json': '{oops', 'o.yaml': overlay('a') });
    const out = join(dir, 'out.json');
    await expect(runOverlay({ base: join(dir, 'base.json'), overlays: dir, out })).rejects.toThrow(`${join(dir, 'base.json')}: cannot read the base description`);
    expect(existsSync(out)).toBe(false);
  });
});
