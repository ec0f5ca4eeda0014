import { describe, expect, test } from 'vitest';
import type { HandlerContext } from '../../src/http/handlers.js';
import { list, pageOf, paging, sortBySeq, text } from '../../src/state/input.js';

const ctx = (body: Record<string, unknown>, query: Record<string, unknown> = {}): HandlerContext => ({ body, query }) as unknown as HandlerContext;

describe('paging', () => {
  const cases: [query: Record<string, unknown>, pageArg: string | undefined, fixed: number | undefined, want: { page: number; perPage: number }][] = [
    [{}, undefined, undefined, { page: 0, perPage: 50 }],
    [{}, '3', undefined, { page: 3, perPage: 50 }],
    [{ page: '2', perPage: '10' }, undefined, undefined, { page: 2, perPage: 10 }],
    [{ page: '2' }, '5', undefined, { page: 5, perPage: 50 }],
    [{ perPage: '500' }, '0', undefined, { page: 0, perPage: 100 }],
    [{ perPage: '0' }, '0', undefined, { page: 0, perPage: 50 }],
    [{ perPage: 'x' }, '-4', undefined, { page: 0, perPage: 50 }],
    [{ perPage: '10' }, '1', 60, { page: 1, perPage: 60 }],
  ];
  test.each(cases)('%j page=%s fixed=%s', (query, pageArg, fixed, want) => expect(paging(ctx({}, query), pageArg, fixed)).toEqual(want));
});

describe('list', () => {
  const cases: [Record<string, unknown>, string[] | undefined][] = [
    [{}, undefined],
    [{ 'ids[]': ['a', 'b'] }, ['a', 'b']],
    [{ ids: 'a, b,,c' }, ['a', 'b', 'c']],
    [{ 'ids[]': 'a' }, ['a']],
    [{ ids: ['a,b', 'c'] }, ['a', 'b', 'c']],
  ];
  test.each(cases)('%j', (body, want) => expect(list(ctx(body), 'ids')).toEqual(want));
});

test('text reads body before query, the last of repeated values, and treats empty as absent', () => {
  expect(text(ctx({ a: 'x' }, { a: 'y' }), 'a')).toBe('x');
  expect(text(ctx({}, { a: 'y' }), 'a')).toBe('y');
  expect(text(ctx({ a: '' }), 'a')).toBeUndefined();
  expect(text(ctx({ a: ['p', 'q'] }), 'a')).toBe('q');
  expect(text(ctx({ a: 5 }), 'a')).toBe('5');
});

test('pageOf and sortBySeq', () => {
  expect(pageOf([1, 2, 3, 4, 5], { page: 1, perPage: 2 })).toEqual([3, 4]);
  expect(pageOf([1, 2, 3], { page: 5, perPage: 2 })).toEqual([]);
  const items = [{ seq: 2 }, { seq: 3 }, { seq: 1 }];
  expect(sortBySeq(items).map((i) => i.seq)).toEqual([3, 2, 1]);
  expect(sortBySeq(items, true).map((i) => i.seq)).toEqual([1, 2, 3]);
});
