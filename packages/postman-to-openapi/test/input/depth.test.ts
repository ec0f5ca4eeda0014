import { describe, expect, it } from 'vitest';
import { tooDeep } from '../../src/input/depth.js';

const nest = (depth: number): unknown => {
  let v: unknown = 0;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { 'a/b~': v };
  return v;
};

describe('tooDeep', () => {
  it.each<[string, unknown, number, string | undefined]>([
    ['a scalar', 1, 3, undefined],
    ['3 levels under a limit of 3', nest(3), 3, undefined],
    ['4 levels under a limit of 3 (pointer escaped)', nest(4), 3, '/0/a~1b~0/0'],
    ['1 000 000 levels', nest(1_000_000), 100, '/0/a~1b~0'.repeat(50)],
  ])('given %s -> %s', (_name, value, limit, want) => expect(tooDeep(value, limit)).toBe(want));
});
