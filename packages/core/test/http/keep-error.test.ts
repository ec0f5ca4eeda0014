import { describe, expect, it } from 'vitest';
import { ERROR_LIMITS, keepError } from '../../src/http/keep-error.js';

const SMALL = 100;
const LARGE = ERROR_LIMITS.wholeBodyChars + 1;

describe('keepError', () => {
  it('keeps a small error as it is: strings, numbers, nested objects and arrays', () => {
    const error = { code: 1003, message: 'bad', exception: { list: [1, 'a', null, true] } };
    expect(keepError(error, SMALL, [])).toEqual(error);
    expect(keepError('plain', SMALL, [])).toBe('plain');
    expect(keepError(undefined, SMALL, [])).toBeUndefined();
  });

  it('cuts strings at ERROR_LIMITS.chars, saying how much was left out', () => {
    const long = 'x'.repeat(ERROR_LIMITS.chars + 10);
    expect(keepError(long, LARGE, [])).toBe(`${'x'.repeat(ERROR_LIMITS.chars)}… (10 more characters)`);
    const [key] = Object.keys(keepError({ [long]: 1 }, SMALL, []) as object);
    expect(key).toHaveLength(ERROR_LIMITS.chars + '… (10 more characters)'.length);
  });

  it('redacts before cutting: a secret across the cut leaves no part behind', () => {
    const secret = 'secret-token-0123456789';
    const text = `${'x'.repeat(ERROR_LIMITS.chars - 5)}${secret}${'y'.repeat(50)}`;
    const kept = keepError(text, SMALL, [secret]) as string;
    expect(kept.startsWith(`${'x'.repeat(ERROR_LIMITS.chars - 5)}[reda`)).toBe(true);
    expect(kept).not.toContain('secre');
  });

  it('stops at ERROR_LIMITS.depth levels', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 50; i++) deep = { a: deep };
    let kept = keepError(deep, SMALL, []);
    let levels = 0;
    while (kept && typeof kept === 'object') {
      kept = (kept as { a: unknown }).a;
      levels++;
    }
    expect(levels).toBe(ERROR_LIMITS.depth);
    expect(kept).toBe('[nested too deep]');
  });

  it('keeps at most ERROR_LIMITS.entries keys and items in all, saying how many more there were', () => {
    const wide = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i]));
    const kept = keepError(wide, SMALL, []) as Record<string, unknown>;
    expect(Object.keys(kept)).toHaveLength(ERROR_LIMITS.entries + 1);
    expect(kept['…']).toBe(`${5_000 - ERROR_LIMITS.entries} more not kept`);
    const list = keepError([[1, 2], Array.from({ length: 2_000 }, (_, i) => i)], SMALL, []) as unknown[][];
    // 1 + 2 entries for the first list and its items, then the second list: 1 for itself, the rest for items.
    expect(list[1]).toHaveLength(ERROR_LIMITS.entries - 4 + 1);
    expect(list[1]!.at(-1)).toBe(`${2_000 - (ERROR_LIMITS.entries - 4)} more not kept`);
  });

  it('keeps a __proto__ key as a plain own property', () => {
    const kept = keepError(JSON.parse('{"__proto__":{"polluted":"yes"},"message":"m"}'), SMALL, []) as object;
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.keys(kept)).toEqual(['__proto__', 'message']);
  });

  it('from a large body: only the known string and number fields of an object, never listing its keys', () => {
    const keys = new Proxy(
      { message: 'm', code: 7, status: 'Bad', detail: { nested: true }, type: ['x'], other: 'o' },
      {
        ownKeys() {
          throw new Error('keys listed');
        },
      },
    );
    expect(keepError(keys, LARGE, [])).toEqual({ message: 'm', code: 7, status: 'Bad' });
    expect(keepError([1, 2], LARGE, [])).toEqual({});
    expect(keepError('text', LARGE, [])).toBe('text');
  });
});
