import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findUndocumented } from '../src/find-undocumented.js';

const fixture = fileURLToPath(new URL('./fixtures/undocumented/index.ts', import.meta.url));

describe('findUndocumented', () => {
  it('reports exactly the public exports without a JSDoc summary, following re-exports and export *, accepting JSDoc at an export-from statement', () => {
    const names = findUndocumented(fixture).map((line) => line.split(' ')[0]);
    expect(names).toEqual(['TagsOnly', 'Undocumented', 'bareOther', 'undocumentedConst', 'undocumentedFn']);
  });

  it('names the file and line of each undocumented declaration', () => {
    const lines = findUndocumented(fixture);
    expect(lines.find((l) => l.startsWith('undocumentedFn '))).toMatch(/fixtures\/undocumented\/functions\.ts:7\)$/);
    expect(lines.find((l) => l.startsWith('undocumentedConst '))).toMatch(/fixtures\/undocumented\/index\.ts:3\)$/);
  });

  it('throws naming the file when the entry does not exist', () => {
    expect(() => findUndocumented('/nonexistent/index.ts')).toThrow('/nonexistent/index.ts');
  });
});
