import { describe, expect, it } from 'vitest';
import { etagKey } from '../../src/cache/etag-key.js';
import { createImgurClient } from '../../src/client/create-client.js';
import { stateOf } from '../../src/state/client-state.js';

describe('etagKey', () => {
  const state = stateOf(createImgurClient({ clientId: 'public-id-123', accessToken: 'secret-token-456' }));

  it('keys by method, URL and a hash of the credential, never the credential', async () => {
    const bearer = await etagKey(state, 'https://api.imgur.com/3/x', 'bearer');
    const client = await etagKey(state, 'https://api.imgur.com/3/x', 'clientId');
    expect(bearer).toMatch(/^GET https:\/\/api\.imgur\.com\/3\/x bearer:[0-9a-f]{32}$/);
    expect(client).toMatch(/^GET https:\/\/api\.imgur\.com\/3\/x clientId:[0-9a-f]{32}$/);
    expect(bearer).not.toContain('secret-token-456');
    expect(client).not.toContain('public-id-123');
    expect(bearer).not.toBe(client);
    expect(await etagKey(state, 'https://api.imgur.com/3/x', 'bearer')).toBe(bearer);
  });

  it('uses "anonymous" without a credential', async () => {
    expect(await etagKey(state, 'u', undefined)).toBe('GET u anonymous');
    const none = stateOf(createImgurClient({}));
    expect(await etagKey(none, 'u', 'bearer')).toBe('GET u anonymous');
  });
});
