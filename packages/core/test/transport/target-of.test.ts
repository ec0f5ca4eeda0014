import { describe, expect, it } from 'vitest';
import { targetOf, toTarget, type KnownOrigin } from '../../src/transport/target-of.js';

/** What node:http is given: the fields `new URL` then `urlToHttpOptions` yield, as `targetOf` must. */
describe('targetOf', () => {
  const urls = [
    'http://127.0.0.1:8080/3/image/a',
    'http://127.0.0.1:8080/3/image/a?x=1&y=a%20b',
    'https://api.imgur.com/3/gallery/hot/viral/day/0?showViral=true',
    'http://127.0.0.1:8080/prefix/3/image/a',
    'http://[::1]:8080/3/image/a',
    'HTTP://API.IMGUR.COM/3/image/a', // written in lower case by URL
    'http://127.0.0.1:80/3/image/a', // the default port dropped by URL
    'http://user:pass@127.0.0.1:8080/3/image/a', // credentials: sent as Basic auth
    'http://127.0.0.1:8080/3/image/a b', // escaped by URL
    'http://127.0.0.1:8080/3/image/é',
    "http://127.0.0.1:8080/3/image/a?q='quoted'", // a query quote is escaped by URL
    'http://127.0.0.1:8080/3/image/../account/me', // dot segments resolved by URL
    'http://127.0.0.1:8080/3/image/%2e%2E/x',
    'http://127.0.0.1:8080/3/image/a#frag',
    'http://127.0.0.1:8080/3\\image',
    'http://127.0.0.1:8080',
    'http://127.0.0.1:8080/',
    'https:///3/image',
    'http://bad host/3/image/a',
  ];
  for (const url of urls) {
    it(`${url}: what new URL gives`, () => {
      const known: KnownOrigin = ['', null];
      if (!URL.canParse(url)) return expect(() => targetOf(url, known)).toThrow(TypeError);
      // What node:http is given, as new URL and urlToHttpOptions make it; twice: the second call takes the remembered origin.
      const want = toTarget(new URL(url));
      expect(targetOf(url, known)).toEqual(want);
      expect(targetOf(url, known)).toEqual(want);
    });
  }

  it('parses the origin once for many paths, and again for another origin', () => {
    const known: KnownOrigin = ['', null];
    const a = targetOf('http://127.0.0.1:1/3/image/a', known);
    const kept = known[1];
    expect(targetOf('http://127.0.0.1:1/3/image/b', known).path).toBe('/3/image/b');
    expect(known[1]).toBe(kept);
    expect(a.href).toBe('http://127.0.0.1:1/3/image/a');
    targetOf('http://127.0.0.1:2/x', known);
    expect(known[0]).toBe('http://127.0.0.1:2');
  });

  it('throws on what is no URL', () => {
    expect(() => targetOf('not a url', ['', null])).toThrow(TypeError);
    expect(() => targetOf('/3/image/a', ['', null])).toThrow(TypeError);
  });
});
