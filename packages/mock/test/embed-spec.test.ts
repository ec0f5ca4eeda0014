import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error -- plain .mjs build script without types
import { HEADER, embedSpec, renderSpecModule } from '../scripts/embed-spec.mjs';

describe('renderSpecModule', () => {
  test('one fixed header line, the document as an inert literal', () => {
    const text = renderSpecModule({ openapi: '3.1.0', paths: {}, info: { description: '*/ evil(); /* \u2028' } }) as string;
    expect(text.split('\n')[0]).toBe(HEADER);
    expect(text).toContain('"description": "*/ evil(); /* \\u2028"');
    const literal = text.slice(text.indexOf('= ') + 2, text.lastIndexOf(';'));
    expect(JSON.parse(literal)).toEqual({ openapi: '3.1.0', paths: {}, info: { description: '*/ evil(); /* \u2028' } });
  });

  test.each([null, [], 'x', { paths: {} }])('rejects %j', (doc) => {
    expect(() => renderSpecModule(doc)).toThrow(/not an OpenAPI document/);
  });
});

test('embedSpec writes atomically and byte-identically on every run; bad input leaves no file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'embed-'));
  writeFileSync(join(dir, 'in.json'), JSON.stringify({ openapi: '3.1.0', paths: { '/a': {} } }));
  embedSpec(join(dir, 'in.json'), join(dir, 'out.gen.ts'));
  const first = readFileSync(join(dir, 'out.gen.ts'), 'utf8');
  embedSpec(join(dir, 'in.json'), join(dir, 'out.gen.ts'));
  expect(readFileSync(join(dir, 'out.gen.ts'), 'utf8')).toBe(first);
  writeFileSync(join(dir, 'bad.json'), '{');
  expect(() => embedSpec(join(dir, 'bad.json'), join(dir, 'bad.gen.ts'))).toThrow(/cannot read .*bad.json/);
  expect(readdirSync(dir).sort()).toEqual(['bad.json', 'in.json', 'out.gen.ts']);
});

test('the committed module matches its generator output for the bundled source', () => {
  const committed = readFileSync(new URL('../src/generated/openapi.gen.ts', import.meta.url), 'utf8');
  expect(committed.split('\n')[0]).toBe(HEADER);
  const literal = committed.slice(committed.indexOf('= ') + 2, committed.lastIndexOf(';'));
  expect(renderSpecModule(JSON.parse(literal))).toBe(committed);
});

test('the bundled module is the current spec/openapi.json (run `pnpm --filter @imgur-ts/mock generate` when this fails)', () => {
  const spec = readFileSync(new URL('../../../spec/openapi.json', import.meta.url), 'utf8');
  const committed = readFileSync(new URL('../src/generated/openapi.gen.ts', import.meta.url), 'utf8');
  expect(committed).toBe(renderSpecModule(JSON.parse(spec)));
});
