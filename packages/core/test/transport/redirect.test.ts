import { describe, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client.js';
import { defineOperation } from '../../src/client/define-operation.js';
import { fetchTransport } from '../../src/transport/fetch-transport.js';
import { ImgurRedirectError } from '../../src/errors/transport-errors.js';

const me = defineOperation<Record<string, never>, unknown>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['clientId'], envelope: true });

describe('fetch transport redirect policy', () => {
  it("asks fetch for redirect: 'manual' and refuses an opaque redirect (a browser hides its target) once, without retries", async () => {
    const inits: RequestInit[] = [];
    // What a browser's fetch resolves with for redirect: 'manual': status 0, type 'opaqueredirect', no Location.
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null } as unknown as Response;
    const client = createImgurClient({
      clientId: 'client-1234',
      fetch: async (_url, init) => {
        inits.push(init!);
        return opaque;
      },
    });
    const { error } = await me(client).asResult();
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
