import { describe, expect, it } from 'vitest';
import { parseAuthorizationCallback } from '../src/oauth-parse-callback.js';
import { ImgurAccessDeniedError, ImgurAuthError } from '../src/errors/auth-errors.js';

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
      access_token: 'a', refresh_token: undefined, expires_in: undefined, token_type: undefined, account_username: undefined, account_id: undefined,
    });
  });

  const failures = [
    { name: 'state mismatch', given: `#${fragment}`, state: 'other', type: ImgurAuthError, msg: /state does not match/ },
    { name: 'missing state', given: '#access_token=a', state: 'xyz', type: ImgurAuthError, msg: /state does not match/ },
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
});
