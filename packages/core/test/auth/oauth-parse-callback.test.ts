import { describe, expect, it } from 'vitest';
import { parseAuthorizationCallback } from '../../src/auth/oauth-parse-callback.js';
import { ImgurAccessDeniedError, ImgurAuthError } from '../../src/errors/auth-errors.js';
import { ImgurUsageError } from '../../src/errors/usage-errors.js';

const fragment = 'access_token=acc-1&expires_in=315360000&token_type=bearer&refresh_token=ref-1&account_username=bob&account_id=384077&state=xyz';
const want = { access_token: 'acc-1', refresh_token: 'ref-1', expires_in: 315360000, token_type: 'bearer', account_username: 'bob', account_id: 384077 };

describe('parseAuthorizationCallback', () => {
  const inputs = [
    { name: 'full URL', given: `https://app.example/cb#${fragment}` },
    { name: 'URL object', given: new URL(`https://app.example/cb?x=1#${fragment}`) },
    { name: 'location.hash', given: `#${fragment}` },
    { name: 'bare fragment', given: fragment },
  ];
  for (const { name, given } of inputs) {
    it(`reads typed tokens from a ${name}`, () => {
      expect(parseAuthorizationCallback(given, { expectedState: 'xyz' })).toEqual(want);
    });
  }

  it('leaves absent optional fields undefined', () => {
    expect(parseAuthorizationCallback('#access_token=a&state=s&expires_in=&account_id=zz', { expectedState: 's' })).toEqual({
      access_token: 'a',
      refresh_token: undefined,
      expires_in: undefined,
      token_type: undefined,
      account_username: undefined,
      account_id: undefined,
    });
  });

  const failures = [
    { name: 'state mismatch', given: `#${fragment}`, state: 'other', type: ImgurAuthError, msg: /state does not match/ },
    { name: 'missing state', given: '#access_token=a', state: 'xyz', type: ImgurAuthError, msg: /no state in the redirect URL/ },
    { name: 'empty state', given: '#access_token=a&state=', state: 'xyz', type: ImgurAuthError, msg: /no state in the redirect URL/ },
    { name: 'no token and no state', given: 'https://app.example/cb#foo=1', state: 'xyz', type: ImgurAuthError, msg: /no state in the redirect URL/ },
    { name: 'no fragment', given: 'https://app.example/cb', state: 'xyz', type: ImgurAuthError, msg: /no fragment or query parameters/ },
    { name: 'empty hash', given: '#', state: 'xyz', type: ImgurAuthError, msg: /no fragment or query parameters/ },
    { name: 'empty string', given: '', state: 'xyz', type: ImgurAuthError, msg: /no fragment or query parameters/ },
    { name: 'missing token', given: '#state=xyz', state: 'xyz', type: ImgurAuthError, msg: /no access_token/ },
    { name: 'access denied (query)', given: 'https://app.example/cb?error=access_denied&state=xyz', state: 'xyz', type: ImgurAccessDeniedError, msg: /denied/ },
    { name: 'other error', given: '#error=server_error&state=xyz', state: 'xyz', type: ImgurAuthError, msg: /error=server_error/ },
  ];
  for (const { name, given, state, type, msg } of failures) {
    it(`throws ${type.name} on ${name}`, () => {
      expect(() => parseAuthorizationCallback(given, { expectedState: state })).toThrow(type);
      expect(() => parseAuthorizationCallback(given, { expectedState: state })).toThrow(msg);
    });
  }

  it('an empty or missing expectedState is a usage error, never a pass (login CSRF)', () => {
    for (const expectedState of ['', undefined, null]) {
      const call = () => parseAuthorizationCallback('https://app.example/cb#access_token=ATTACKER&state=', { expectedState: expectedState as unknown as string });
      expect(call).toThrow(ImgurUsageError);
      expect(call).toThrow(/expectedState is empty or missing.*start the login again/);
    }
  });

  it('access denied is a distinct subclass of ImgurAuthError', () => {
    const err = (() => {
      try {
        parseAuthorizationCallback('#error=access_denied&state=s', { expectedState: 's' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ImgurAuthError);
    expect((err as Error).name).toBe('ImgurAccessDeniedError');
  });

  it('refuses a link longer than 16,384 characters before parsing it, and parses the longest accepted one without URLSearchParams#set', () => {
    // URLSearchParams#set rescans every field: one call per field made parsing quadratic (7.7 s for this link).
    const Original = globalThis.URLSearchParams;
    const count = { constructed: 0, set: 0 };
    globalThis.URLSearchParams = class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof URLSearchParams>) {
        super(...args);
        count.constructed++;
      }
      override set(name: string, value: string): void {
        count.set++;
        super.set(name, value);
      }
    };
    try {
      // A forged link of 349 KB: 40,000 distinct fields, the state last.
      const forged = `https://app.example/cb#${Array.from({ length: 40_000 }, (_, i) => `k${i}=1`).join('&')}&access_token=x&state=xyz`;
      const started = performance.now();
      expect(() => parseAuthorizationCallback(forged, { expectedState: 'xyz' })).toThrow(
        `OAuth callback: the redirect URL has ${forged.length} characters, more than the 16384 read (not a redirect from Imgur); start the login again.`,
      );
      expect(count.constructed).toBe(0);
      // At the limit: about 2,000 distinct fields, in one part.
      const longest = `#${Array.from({ length: 3_000 }, (_, i) => `k${i}=1`).join('&')}`.slice(0, 16_000);
      expect(() => parseAuthorizationCallback(`${longest}&state=other`, { expectedState: 'xyz' })).toThrow(/state does not match/);
      expect(count).toEqual({ constructed: 1, set: 0 });
      // A loose bound for a loaded machine: both take milliseconds alone.
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      globalThis.URLSearchParams = Original;
    }
  });

  it('refuses a link with two different states, even when one matches', () => {
    for (const given of ['#state=xyz&access_token=a&state=evil', 'https://app.example/cb?state=evil#state=xyz&access_token=a'])
      expect(() => parseAuthorizationCallback(given, { expectedState: 'xyz' })).toThrow(/state does not match/);
    expect(parseAuthorizationCallback('https://app.example/cb?state=xyz#state=xyz&access_token=a', { expectedState: 'xyz' }).access_token).toBe('a');
  });
});
