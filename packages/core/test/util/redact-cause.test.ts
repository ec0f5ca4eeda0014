import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redactCause } from '../../src/util/redact-cause.js';

const SECRET = 'tok-0123456789abcdef';

describe('redactCause', () => {
  it('returns a cause without secrets as it is, and copies one with a secret anywhere', () => {
    const clean = { a: [1, 'two', { three: new Map([['k', 'v']]) }] };
    expect(redactCause(clean, [SECRET])).toBe(clean);
    const dirty = { a: [1, 'two', { three: new Map([['k', `v ${SECRET}`]]) }] };
    const out = redactCause(dirty, [SECRET]) as { a: [number, string, { three: unknown }] };
    expect(out).not.toBe(dirty);
    expect(out.a[2].three).toEqual([['k', 'v [redacted]']]);
  });

  it('never iterates an iterable it does not know (an endless generator), and bounds wide objects and long arrays', () => {
    function* endless() {
      for (;;) yield SECRET;
    }
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i === 19_999 ? SECRET : 'x']));
    const started = performance.now();
    const gen = redactCause({ gen: endless(), note: SECRET }, [SECRET]) as Record<string, unknown>;
    const outWide = redactCause({ wide }, [SECRET]) as { wide: Record<string, unknown> };
    const outLong = redactCause({ long: Array(20_000).fill(SECRET) }, [SECRET]) as { long: unknown[] };
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(gen).toEqual({ gen: {}, note: '[redacted]' });
    // 5,000 values in all, then one `[truncated]` marker.
    expect(Object.keys(outWide.wide).length).toBeLessThanOrEqual(5_001);
    expect(outWide.wide['[truncated]']).toBe('[truncated]');
    expect(outLong.long.length).toBeLessThanOrEqual(5_001);
    expect(outLong.long.at(-1)).toBe('[truncated]');
    for (const out of [gen, outWide, outLong]) expect(inspect(out, { depth: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity })).not.toContain(SECRET);
  });

  it('reads a getter once, keeps a throwing one as [getter threw], and a hostile Proxy as [unreadable]', () => {
    let reads = 0;
    const withGetters = Object.defineProperties(new Error('e'), {
      token: {
        get: () => {
          reads++;
          return SECRET;
        },
        enumerable: true,
      },
      boom: {
        get: () => {
          throw new Error(SECRET);
        },
        enumerable: true,
      },
    });
    const out = redactCause(withGetters, [SECRET]) as Error & { token: string; boom: string };
    expect([reads, out.token, out.boom, out instanceof Error, out.message]).toEqual([1, '[redacted]', '[getter threw]', true, 'e']);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error(SECRET);
        },
      },
    );
    expect(redactCause({ hostile, note: SECRET }, [SECRET])).toEqual({ hostile: '[unreadable]', note: '[redacted]' });
  });

  it('replaces credential-named fields whatever they hold, in any spelling', () => {
    const out = redactCause({ headers: { Authorization: 'Basic abc', 'proxy-authorization': 'x', Cookie: ['a=b'] }, accessToken: 42, refresh_token: { t: 1 }, clientSecret: '' }, [
      'unrelated-secret',
    ]);
    expect(out).toEqual({
      headers: { Authorization: '[redacted]', 'proxy-authorization': '[redacted]', Cookie: '[redacted]' },
      accessToken: '[redacted]',
      refresh_token: '[redacted]',
      clientSecret: '',
    });
  });
});
