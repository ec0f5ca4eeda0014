import { describe, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client.js';
import { secretsOf, stateOf } from '../../src/state/client-state.js';
import { defineOperation } from '../../src/client/define-operation.js';

const me = defineOperation<Record<string, never>, unknown>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });

describe('secretsOf: the redaction list stays bounded', () => {
  it('keeps the current tokens and the last four replaced pairs, however many rotations came before', () => {
    const client = createImgurClient({ clientId: 'client-id-0123456789', clientSecret: 'secret-0123456789', accessToken: 'a-0', refreshToken: 'r-0' });
    const state = stateOf(client);
    const sizes: number[] = [];
    for (let i = 1; i <= 1_500; i++) {
      client.setTokens({ accessToken: `a-${i}`, refreshToken: `r-${i}` });
      if (i === 10 || i === 1_500) sizes.push(secretsOf(state).length);
    }
    expect(sizes[0]).toBe(sizes[1]);
    expect(state.retired).toEqual(['a-1496', 'r-1496', 'a-1497', 'r-1497', 'a-1498', 'r-1498', 'a-1499', 'r-1499']);
    expect(secretsOf(state)).toEqual(expect.arrayContaining(['a-1500', 'r-1500', 'secret-0123456789', 'client-id-0123456789']));
  });

  it('does not retire a token that is set again, nor keep duplicates', () => {
    const client = createImgurClient({ accessToken: 'a-1', refreshToken: 'r-1' });
    client.setTokens({ accessToken: 'a-1' });
    client.setTokens({ accessToken: 'a-2' });
    client.setTokens({ accessToken: 'a-1' });
    client.setTokens({ accessToken: 'a-2' });
    expect(stateOf(client).retired).toEqual(['a-1', 'a-2']);
  });

  it('a token replaced a few rotations ago is still redacted in what a failing call hands back', async () => {
    let echo = '';
    const client = createImgurClient({
      clientId: 'client-id-0123456789',
      accessToken: 'old-token-0123456789',
      retries: 0,
      fetch: async () => new Response(JSON.stringify({ data: { error: `seen ${echo}` }, success: false, status: 400 }), { status: 400 }),
    });
    for (let i = 0; i < 3; i++) client.setTokens({ accessToken: `token-${i}-0123456789` });
    echo = 'old-token-0123456789 token-1-0123456789';
    const { error } = await me(client).asResult();
    expect(error!.message).toContain('seen [redacted] [redacted]');
  });
});
