import { describe, expect, it, vi } from 'vitest';
import { parseRateLimit, toNumber } from '../../src/rate-limit/parse-rate-limit.js';
import { ResponseHead } from '../../src/transport/response-head.js';

describe('parseRateLimit', () => {
  it('parses every documented header', () => {
    const headers = new Headers({
      'X-RateLimit-UserLimit': '2000',
      'X-RateLimit-UserRemaining': '1990',
      'X-RateLimit-UserReset': '1700000000',
      'X-RateLimit-ClientLimit': '12500',
      'X-RateLimit-ClientRemaining': '12000',
      'X-RateLimit-ClientReset': '1700050000',
      'X-Post-Rate-Limit-Limit': '1250',
      'X-Post-Rate-Limit-Remaining': '1249',
      'X-Post-Rate-Limit-Reset': '3600',
    });
    expect(parseRateLimit(headers)).toEqual({
      userLimit: 2000,
      userRemaining: 1990,
      userReset: 1700000000,
      clientLimit: 12500,
      clientRemaining: 12000,
      clientReset: 1700050000,
      postLimit: 1250,
      postRemaining: 1249,
      postReset: 3600,
    });
  });

  it('reads digits only: signs, decimals, exponents and hex are garbled, as no Imgur count is written so', () => {
    for (const garbled of ['0x10', '0b11', '0o7', '1e3', '-5', '.5', '5.5', '+5', '1e+26', 'Infinity', '12abc', ' ']) {
      expect([garbled, parseRateLimit(new Headers({ 'X-RateLimit-UserLimit': garbled })).userLimit]).toEqual([garbled, undefined]);
    }
    expect(parseRateLimit(new Headers({ 'X-RateLimit-UserLimit': ' 00012 ' })).userLimit).toBe(12);
    // One garbled value among repeated ones makes the whole header garbled (never raised by a part it cannot read).
    expect(
      parseRateLimit(
        new Headers([
          ['X-RateLimit-ClientRemaining', '5'],
          ['X-RateLimit-ClientRemaining', '-1'],
        ]),
      ).clientRemaining,
    ).toBeUndefined();
  });

  it('reads reset values below 1e9 as seconds from now, as the live API sends them (3600 and 86400)', () => {
    const now = Date.parse('2026-01-01T00:00:00.250Z');
    const at = now / 1000;
    const headers = new Headers({ 'X-RateLimit-UserReset': '3600', 'X-RateLimit-ClientReset': '86400', 'X-RateLimit-UserRemaining': '0', 'X-Post-Rate-Limit-Reset': '3600' });
    const got = parseRateLimit(headers, now);
    // Rounded up to whole seconds, never earlier than the reset.
    expect([got.userReset, got.clientReset]).toEqual([Math.ceil(at + 3600), Math.ceil(at + 86400)]);
    expect(got.userReset).toBe(1767229201);
    expect(got.postReset).toBe(3600);
    // The floor: 999999999 is seconds from now, 1000000000 an epoch.
    const edge = parseRateLimit(new Headers({ 'X-RateLimit-UserReset': '999999999', 'X-RateLimit-ClientReset': '1000000000' }), now);
    expect([edge.userReset, edge.clientReset]).toEqual([Math.ceil(at) + 999999999, 1e9]);
    // Without a clock argument, seconds count from Date.now().
    const before = Math.floor(Date.now() / 1000);
    const live = parseRateLimit(new Headers({ 'X-RateLimit-UserReset': '60' })).userReset ?? 0;
    expect(live).toBeGreaterThanOrEqual(before + 60);
    expect(live).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 60);
  });

  it('counts a header sent twice as its lowest value, so a repeat cannot switch the budget guard off', () => {
    const headers = new Headers();
    headers.append('X-RateLimit-ClientRemaining', '5000');
    headers.append('X-RateLimit-ClientRemaining', '50');
    headers.append('X-RateLimit-UserRemaining', '50');
    headers.append('X-RateLimit-UserRemaining', '50');
    headers.append('X-RateLimit-UserLimit', '50');
    headers.append('X-RateLimit-UserLimit', 'lots');
    const got = parseRateLimit(headers);
    expect([got.clientRemaining, got.userRemaining, got.userLimit]).toEqual([50, 50, undefined]);
  });

  it('leaves absent, empty and garbled values undefined', () => {
    const got = parseRateLimit(new Headers({ 'X-RateLimit-UserLimit': '', 'X-RateLimit-ClientRemaining': 'lots' }));
    expect(Object.values(got).every((v) => v === undefined)).toBe(true);
  });
  it('reads a fetch Headers by name, as any other reader, with the same answers', () => {
    const entries: [string, string][] = [
      ['X-RateLimit-UserLimit', '2000'],
      ['X-RateLimit-ClientRemaining', '5'],
      ['X-RateLimit-ClientRemaining', '3'],
      ['X-Post-Rate-Limit-Reset', '3600'],
      ['Content-Type', 'application/json'],
    ];
    const headers = new Headers(entries);
    const forEach = vi.spyOn(headers, 'forEach');
    const get = vi.spyOn(headers, 'get');
    const walked = parseRateLimit(headers, 1_000_000);
    expect(forEach).not.toHaveBeenCalled();
    expect(get).toHaveBeenCalledTimes(9);
    const byName = parseRateLimit({ get: (name) => new Headers(entries).get(name) }, 1_000_000);
    expect(walked).toEqual(byName);
    expect(walked).toMatchObject({ userLimit: 2000, clientRemaining: 3, postReset: 3600, userRemaining: undefined });
  });

  it("reads node:http raw headers in Imgur's spelling, lower case or any other casing, as a fetch Headers reads them", () => {
    const spelled = ['X-RateLimit-UserLimit', '2000', 'X-RateLimit-ClientRemaining', '5', 'X-Post-Rate-Limit-Reset', '3600', 'Content-Type', 'application/json'];
    const cased = spelled.map((text, i) => (i % 2 ? text : i === 0 ? text.toLowerCase() : i === 2 ? text.toUpperCase() : text));
    for (const raw of [spelled, cased]) {
      const head = new ResponseHead(200, 'OK', raw, 'https://api.imgur.com/3/x', false);
      const entries: [string, string][] = [];
      for (let i = 0; i < raw.length; i += 2) entries.push([raw[i]!, raw[i + 1]!]);
      expect(parseRateLimit(head, 1_000_000)).toEqual(parseRateLimit(new Headers(entries), 1_000_000));
      expect(parseRateLimit(head, 1_000_000)).toMatchObject({ userLimit: 2000, clientRemaining: 5, postReset: 3600 });
    }
  });
});

describe('toNumber', () => {
  it('reads whole numbers as the trimmed digits pattern does, with or without spaces, up to 20 digits', () => {
    const pattern = (raw: string): number | undefined => {
      const text = raw.trim();
      return text && /^\d{1,20}$/.test(text) ? Number(text) : undefined;
    };
    const values = [
      '0',
      '7',
      '0012',
      '123456789012345',
      '1234567890123456',
      '99999999999999999999',
      '123456789012345678901',
      ' 42',
      '42 ',
      '\t42\t',
      '\u00a042',
      '4 2',
      '',
      ' ',
      '-5',
      '+5',
      '5.0',
      '1e3',
      '0x10',
      '\u0663',
      '12a',
      'a12',
      '9'.repeat(15),
      '9'.repeat(16),
    ];
    for (const value of values) expect([value, toNumber(value)]).toEqual([value, pattern(value)]);
    expect(toNumber(null)).toBeUndefined();
    expect(toNumber('123456789012345')).toBe(123456789012345);
  });
});
