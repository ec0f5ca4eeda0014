import { describe, expect, it } from 'vitest';
import { cyclicVariables } from '../../src/input/cyclic-variables.js';

describe('cyclicVariables', () => {
  it('names every variable on a cycle, and none that only leads to one', () => {
    const variables = { self: '{{self}}', a: '{{b}}', b: '{{ c }}x', c: '{{a}}', d: '{{a}}{{none}}', e: 'plain', f: '{{e}}' };
    expect([...cyclicVariables(variables)].sort()).toEqual(['a', 'b', 'c', 'self']);
  });

  it('a chain of 100,000 closing into a cycle is read without deep recursion', () => {
    const variables: Record<string, string> = {};
    for (let i = 0; i < 100_000; i++) variables[`v${i}`] = `{{v${i + 1}}}`;
    variables.v100000 = 'end';
    expect(cyclicVariables(variables).size).toBe(0);
    variables.v100000 = '{{v0}}';
    expect(cyclicVariables(variables).size).toBe(100_001);
  });
});
