import { expect, test } from 'vitest';
import { parseUrlencoded } from '../../src/http/urlencoded.js';

test('pairs in one pass, repeated keys in order, decoding as a form does', () => {
  expect([...parseUrlencoded('a=1&b=x+y&a=%C3%A9&c', 10)]).toEqual([
    ['a', ['1', 'é']],
    ['b', ['x y']],
    ['c', ['']],
  ]);
  expect(parseUrlencoded('', 0).size).toBe(0);
});

test('more pairs than the limit is a 400 naming it and where', () => {
  expect(() => parseUrlencoded('a&b&c', 2, 'query string')).toThrow('Too many fields in the request query string: at most 2 are read (limits.maxFields)');
  expect(parseUrlencoded('a&b', 2).size).toBe(2);
});

test('40,000 repeated keys stop at the count, before any decoding', () => {
  const body = Array.from({ length: 40_000 }, () => 'ids[]=abc').join('&');
  const t0 = performance.now();
  expect(() => parseUrlencoded(body, 1000)).toThrow(/Too many fields/);
  const ms = performance.now() - t0;
  // Linear work on 360 KB; generous bound for a loaded machine (the quadratic parser took seconds).
  expect(ms).toBeLessThan(500);
  expect(parseUrlencoded(body, 40_000).get('ids[]')).toHaveLength(40_000);
});

test('decodes as URLSearchParams does, odd input included', () => {
  const cases = ['a=1&b=2', 'a', 'a=', '=b', '&&a=1&&', 'a+b=c+d', 'x=%41%4', 'x=%zz%', 'x=%e2%82%ac', 'x=%ff', 'x=%', 'a=b=c', 'é=ü', 'x=%2B+%20', 'k=1&k=2&k=3', '%3D=%26'];
  for (const c of cases) {
    const want = new Map<string, string[]>();
    for (const [k, v] of new URLSearchParams(c)) want.set(k, [...(want.get(k) ?? []), v]);
    expect([...parseUrlencoded(c, 1000)], c).toEqual([...want]);
  }
});
