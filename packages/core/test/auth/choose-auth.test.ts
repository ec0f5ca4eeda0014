import { describe, expect, it } from 'vitest';
import { chooseAuth, canRefresh } from '../../src/auth/choose-auth.js';
import { createImgurClient } from '../../src/client/create-client.js';
import { stateOf } from '../../src/state/client-state.js';
import { ImgurAuthError } from '../../src/errors/auth-errors.js';
import type { AuthScheme, OperationMeta } from '../../src/types/operation-meta.js';
import type { ImgurClientOptions } from '../../src/types/client-options.js';

const meta = (security: AuthScheme[]): OperationMeta => ({ id: 'x.op', method: 'GET', path: '/3/x', security, envelope: true });
const state = (o: ImgurClientOptions) => stateOf(createImgurClient(o));
const full = { clientId: 'cid', clientSecret: 'sec', refreshToken: 'ref' };

describe('chooseAuth', () => {
  const cases: { security: AuthScheme[]; given: ImgurClientOptions; want: AuthScheme | undefined | RegExp }[] = [
    { security: [], given: { accessToken: 't' }, want: undefined },
    { security: ['clientId'], given: { clientId: 'c', accessToken: 't' }, want: 'clientId' },
    { security: ['clientId', 'bearer'], given: { clientId: 'c', accessToken: 't' }, want: 'bearer' },
    { security: ['clientId', 'bearer'], given: { clientId: 'c' }, want: 'clientId' },
    { security: ['bearer'], given: full, want: 'bearer' },
    { security: ['bearer'], given: { clientId: 'c' }, want: /x\.op \(GET \/3\/x\) needs a user access token/ },
    { security: ['clientId'], given: { accessToken: 't' }, want: 'bearer' },
    { security: ['clientId'], given: { refreshToken: 'r' }, want: /needs a Client ID/ },
  ];
  for (const { security, given, want } of cases) {
    it(`${JSON.stringify(security)} with ${Object.keys(given).join('+')} -> ${String(want)}`, () => {
      if (want instanceof RegExp) {
        expect(() => chooseAuth(state(given), meta(security))).toThrow(ImgurAuthError);
        expect(() => chooseAuth(state(given), meta(security))).toThrow(want);
      } else {
        expect(chooseAuth(state(given), meta(security))).toBe(want);
      }
    });
  }

  it('canRefresh needs refresh token, client id and secret', () => {
    expect(canRefresh(state(full))).toBe(true);
    expect(canRefresh(state({ ...full, clientSecret: undefined }))).toBe(false);
  });
});
