import { describe, expect, it } from 'vitest';
import { getCredits } from '../../src/operations/get-credits.js';
import { envelope, testClient } from '../support/helpers.js';

describe('getCredits', () => {
  it('calls GET /3/credits and returns the unwrapped credits', async () => {
    const credits = { UserLimit: 2000, UserRemaining: 1999, UserReset: 1700000000, ClientLimit: 12500, ClientRemaining: 12400 };
    const { client, sent } = testClient({ clientId: 'client-1234' }, () => envelope(credits));
    expect(await getCredits(client)).toEqual(credits);
    expect(sent[0]!.request.method).toBe('GET');
    expect(sent[0]!.url.href).toBe('https://api.imgur.com/3/credits');
    expect(sent[0]!.request.headers.get('Authorization')).toBe('Client-ID client-1234');
  });
});
