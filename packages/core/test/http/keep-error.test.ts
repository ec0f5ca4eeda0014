import { describe, expect, it } from 'vitest';
import { keepError } from '../../src/http/keep-error.js';

const SMALL = 100;
/** Past 64 KiB: only the known fields are read. */
const LARGE = 65_537;

describe('keepError', () => {
  it('keeps a small error as it is: strings, numbers, nested objects and arrays', () => {
    const error = { code: 1003, message: 'bad', exception: { list: [1, 'a', null, true] } };
    expect(keepError(error, SMALL, [])).toEqual(error);
    expect(keepError('plain', SMALL, [])).toBe('plain');
    expect(keepError(undefined, SMALL, [])).toBeUndefined();
  });

  it('cuts strings, keys included, at 4,096 characters, ending them with …', () => {
    const long = 'x'.repeat(4_106);
    expect(keepError(long, LARGE, [])).toBe(`${'x'.repeat(4_096)}…`);
    expect(keepError('y'.repeat(4_096), SMALL, [])).toBe('y'.repeat(4_096));
    expect(Object.keys(keepError({ [long]: 1 }, SMALL, []) as object)).toEqual([`${'x'.repeat(4_096)}…`]);
  });

  it('redacts before cutting: a secret across the cut leaves no part behind', () => {
    const secret = 'secret-token-0123456789';
    const text = `${'x'.repeat(4_091)}${secret}${'y'.repeat(50)}`;
    const kept = keepError(text, SMALL, [secret]) as string;
    expect(kept).toBe(`${'x'.repeat(4_091)}[reda…`);
  });

  it('stops at 8 levels', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 50; i++) deep = { a: deep };
    expect(JSON.stringify(keepError(deep, SMALL, []))).toBe(`${'{"a":'.repeat(8)}"…"${'}'.repeat(8)}`);
    expect(keepError([[[[[[[[[1]]]]]]]]], SMALL, [])).toEqual([[[[[[[['…']]]]]]]]);
  });

  it('keeps at most 1,000 keys and items in all', () => {
    const wide = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(keepError(wide, SMALL, []) as object)).toEqual(Object.keys(wide).slice(0, 1_000));
    const lists = keepError([[1, 2], Array.from({ length: 2_000 }, (_, i) => i)], SMALL, []) as number[][];
    // 1 for the first list, 2 for its items, 1 for the second list: 996 of its items are left.
    expect(lists[1]).toEqual(Array.from({ length: 996 }, (_, i) => i));
  });

  it('keeps a __proto__ key as a plain own property', () => {
    const kept = keepError(JSON.parse('{"__proto__":{"polluted":"yes"},"message":"m"}'), SMALL, []) as object;
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.keys(kept)).toEqual(['__proto__', 'message']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('from a large body: at every level only the known fields, never listing keys', () => {
    const unlisted = (o: object) =>
      new Proxy(o, {
        ownKeys() {
          throw new Error('keys listed');
        },
      });
    const error = unlisted({ message: 'm', code: 7, status: 'Bad', detail: unlisted({ message: 'inner', other: 1 }), type: ['x'], other: 'o' });
    expect(keepError(error, LARGE, [])).toEqual({ message: 'm', code: 7, status: 'Bad', detail: { message: 'inner' }, type: [] });
    expect(keepError('text', LARGE, [])).toBe('text');
  });
});
