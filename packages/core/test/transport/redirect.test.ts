import { describe, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client.js';
import { fetchTransport } from '../../src/transport/fetch-transport.js';
import { ImgurRedirectError } from '../../src/errors/transport-errors.js';
import { callWithOpaqueRedirect } from '../support/helpers.js';

describe('fetch transport redirect policy', () => {
  it("asks fetch for redirect: 'manual' and refuses an opaque redirect (a browser hides its target) once, without retries", async () => {
    const { error, inits } = await callWithOpaqueRedirect(createImgurClient);
    expect(error).toBeInstanceOf(ImgurRedirectError);
    expect(error!.message).toBe('GET /3/account/me (account.me): redirect refused: the browser hides its target.');
    expect(inits.map((i) => i.redirect)).toEqual(['manual']);
  });

  it('hands a 3xx back as the response when told not to follow', async () => {
    const got = new Response('moved', { status: 307, headers: { location: 'http://other.example/' } });
    const [response, text] = await fetchTransport(() => async () => got)(
      'http://api.example/oauth2/token',
      { method: 'POST', headers: {}, body: 'a=1', maxBytes: 100, follow: false },
      undefined,
      1000,
    );
    expect([response.status, text]).toEqual([307, 'moved']);
  });
});
