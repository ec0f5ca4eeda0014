import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserBundle, launchChromium } from './support/chromium.js';

let browser: Browser;
let bundle = '';

/** Runs `body` in a fresh chromium page that has the core bundle as `globalThis.ImgurCore`. */
async function inPage<T>(body: string): Promise<T> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><title>t</title>');
    await page.addScriptTag({ content: bundle });
    return (await page.evaluate(`(async () => { ${body} })()`)) as T;
  } finally {
    await page.close();
  }
}

describe('in a real browser (chromium)', () => {
  beforeAll(async () => {
    bundle = await browserBundle();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a clientSecret unless dangerouslyAllowBrowser; never sends User-Agent', async () => {
    const got = await inPage<{ refused: string; allowed: boolean; ua: string | null }>(`
      const { createImgurClient, getCredits } = ImgurCore;
      let refused = '';
      try { createImgurClient({ clientId: 'c', clientSecret: 'shh' }); } catch (e) { refused = e.name; }
      createImgurClient({ clientId: 'c', clientSecret: 'shh', dangerouslyAllowBrowser: true });
      let ua = 'unset';
      const client = createImgurClient({ clientId: 'c', userAgent: 'my-app/1', fetch: async (url, init) => {
        ua = new Request(url, init).headers.get('User-Agent');
        return new Response(JSON.stringify({ data: { ClientRemaining: 5 }, success: true, status: 200 }));
      } });
      await getCredits(client);
      return { refused, allowed: true, ua };
    `);
    expect(got.refused).toBe('ImgurUsageError');
    expect(got.ua).not.toBe('my-app/1');
  });

  it('uploads a File and a ReadableStream as multipart with the kind from the bytes', async () => {
    const got = await inPage<{ fields: string[][] }>(`
      const { createImgurClient, upload } = ImgurCore;
      const fields = [];
      const client = createImgurClient({ clientId: 'c', fetch: async (url, init) => {
        const form = await new Request(url, init).formData();
        fields.push([...form].map(([k, v]) => k + '=' + (typeof v === 'string' ? v : v.type + ':' + v.size)));
        return new Response(JSON.stringify({ data: { id: 'x', link: 'l', type: 't' }, success: true, status: 200 }));
      } });
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
      await upload(client, new File([png], 'photo.mp4'));
      const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d]);
      await upload(client, new Blob([webm]).stream(), { title: 'clip' });
      return { fields: fields.map((f) => f.join('&')) };
    `);
    expect(got.fields).toEqual(['image=image/png:12&type=file', 'video=video/webm:11&title=clip&type=file']);
  });

  it('runs the OAuth round trip with crypto.getRandomValues state', async () => {
    const got = await inPage<{ state: string; token: string; denied: string }>(`
      const { buildAuthorizeUrl, parseAuthorizationCallback } = ImgurCore;
      const { state } = buildAuthorizeUrl({ clientId: 'c' });
      const tokens = parseAuthorizationCallback('https://app.example/cb#access_token=abc&state=' + state, { expectedState: state });
      let denied = '';
      try { parseAuthorizationCallback('#error=access_denied&state=' + state, { expectedState: state }); } catch (e) { denied = e.name; }
      return { state, token: tokens.access_token, denied };
    `);
    expect(got.state).toMatch(/^[0-9a-f]{32}$/);
    expect(got.token).toBe('abc');
    expect(got.denied).toBe('ImgurAccessDeniedError');
  });
});
