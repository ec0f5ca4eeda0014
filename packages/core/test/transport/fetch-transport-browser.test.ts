import { describe, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client-browser.js';
import { createImgurClient as createBrowserEntryClient, ImgurRedirectError as EntryRedirectError } from '../../src/index.browser.js';
import { defineOperation } from '../../src/client/define-operation.js';
import { browserFetchTransport } from '../../src/transport/fetch-transport-browser.js';
import { ImgurRedirectError } from '../../src/errors/transport-errors.js';
import { callWithOpaqueRedirect } from '../support/helpers.js';

const me = defineOperation<Record<string, never>, unknown>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['clientId'], envelope: true });

describe('fetch transport of the browser build (refuses every redirect)', () => {
  it('the browser entry exports its own createImgurClient and the same error classes', () => {
    expect(createBrowserEntryClient).toBe(createImgurClient);
    expect(EntryRedirectError).toBe(ImgurRedirectError);
  });

  it("refuses an opaque redirect (what a browser's fetch gives for redirect: 'manual') once, without retries", async () => {
    const { error, inits } = await callWithOpaqueRedirect(createImgurClient);
    expect(error).toBeInstanceOf(ImgurRedirectError);
    expect(error!.message).toBe('GET /3/account/me (account.me): redirect refused: the browser build follows none.');
    expect(inits.map((i) => i.redirect)).toEqual(['manual']);
  });

  it('refuses a visible same-origin redirect of a custom fetch instead of following it, and sends nothing more', async () => {
    const urls: string[] = [];
    const client = createImgurClient({
      clientId: 'client-1234',
      fetch: async (url) => {
        urls.push(String(url));
        return new Response('moved', { status: 302, headers: { location: '/3/account/other' } });
      },
    });
    const { error } = await me(client).asResult();
    expect(error).toBeInstanceOf(ImgurRedirectError);
    expect(error!.message).toBe('GET /3/account/me (account.me): redirect refused: the browser build follows none.');
    expect(urls).toEqual(['https://api.imgur.com/3/account/me']);
  });

  it('hands a 3xx back as the response when told not to follow (the token endpoint)', async () => {
    const got = new Response('moved', { status: 307, headers: { location: 'http://api.example/elsewhere' } });
    const [response, text] = await browserFetchTransport(() => async () => got)(
      'http://api.example/oauth2/token',
      { method: 'POST', headers: {}, body: 'a=1', maxBytes: 100, follow: false },
      undefined,
      1000,
    );
    expect([response.status, text]).toEqual([307, 'moved']);
  });

  it('reads a plain answer with the body limit of the other builds', async () => {
    const transport = browserFetchTransport(() => async () => new Response('x'.repeat(200)));
    await expect(transport('http://api.example/3/a', { method: 'GET', headers: {}, body: undefined, maxBytes: 100, follow: true }, undefined, 1000)).rejects.toThrow(
      /larger than maxResponseBytes/,
    );
  });

  it('over a fetch (no XMLHttpRequest here) reports one final progress event with the body size in bytes, once the response arrives', async () => {
    const calls: string[] = [];
    const transport = browserFetchTransport(() => async () => {
      calls.push('response');
      return new Response('{}');
    });
    for (const body of ['é=1', new Uint8Array(5), new Blob(['abcdef']), new URLSearchParams({ a: 'b c' }), undefined]) {
      const onProgress = (loaded: number, total: number | undefined) => calls.push(`${loaded}/${total}`);
      await transport('http://api.example/3/upload', { method: 'POST', headers: {}, body, maxBytes: 100, follow: true, onProgress }, undefined, 1000);
    }
    expect(calls).toEqual(['response', '4/4', 'response', '5/5', 'response', '6/6', 'response', '5/5', 'response', '0/0']);
  });
});
