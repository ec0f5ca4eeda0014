import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { createProxy } from 'proxy';
import { ProxyAgent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client-node.js';
import { defineOperation } from '../../src/client/define-operation.js';
import { ImgurError } from '../../src/errors/imgur-error.js';
import { getImage as image } from '../support/helpers.js';

const ca = readFileSync(new URL('../fixtures/tls/ca.pem', import.meta.url));
const cert = readFileSync(new URL('../fixtures/tls/cert.pem', import.meta.url));
const key = readFileSync(new URL('../fixtures/tls/key.pem', import.meta.url));
const IMGUR = { clientId: 'imgur-client-id-31c8', accessToken: 'imgur-access-token-9d02' };
const PROXY_USER = 'proxy-user';
const PROXY_PASS = 'proxy-pass-61be';
const me = defineOperation<Record<string, never>, { url: string }>({ id: 'account.me', method: 'GET', path: '/3/account/me', security: ['bearer'], envelope: true });

let api: Server;
let apiUrl: string;
let proxy: Server;
let proxyPort: number;
const apiSaw: IncomingMessage['headers'][] = [];
const proxySaw: { method: string; url: string; headers: IncomingMessage['headers'] }[] = [];

beforeAll(async () => {
  // "Imgur": HTTPS on 127.0.0.1 with a test certificate.
  api = createTlsServer({ key, cert }, (req, res) => {
    apiSaw.push(req.headers);
    const body = req.url === '/3/account/me' ? { url: 'imgur-user' } : { id: req.url!.split('/').pop() };
    res.writeHead(200, { 'content-type': 'application/json', 'x-ratelimit-userremaining': '99' }).end(JSON.stringify({ data: body, success: true, status: 200 }));
  });
  await new Promise<void>((done) => api.listen(0, '127.0.0.1', done));
  apiUrl = `https://127.0.0.1:${(api.address() as AddressInfo).port}`;
  // A real forward proxy (the `proxy` package) that wants Basic credentials.
  proxy = createProxy(createHttpServer());
  (proxy as ReturnType<typeof createProxy>).authenticate = (req) => {
    proxySaw.push({ method: req.method!, url: req.url!, headers: req.headers });
    return req.headers['proxy-authorization'] === `Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASS}`).toString('base64')}`;
  };
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  proxyPort = (proxy.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((done) => api?.close(done).closeAllConnections());
  await new Promise((done) => proxy?.close(done).closeAllConnections());
});
beforeEach(() => {
  apiSaw.length = 0;
  proxySaw.length = 0;
});

const proxyUrl = (pass = PROXY_PASS) => `http://${PROXY_USER}:${pass}@127.0.0.1:${proxyPort}`;

/** Through the proxy: a CONNECT with the proxy's credentials only; Imgur gets its own and never the proxy's. */
function expectSeparated(): void {
  expect(proxySaw.length).toBeGreaterThanOrEqual(1);
  for (const p of proxySaw) {
    expect(p.method).toBe('CONNECT');
    expect(p.url).toBe(new URL(apiUrl).host);
    expect(p.headers.authorization).toBeUndefined();
    expect(JSON.stringify(p.headers)).not.toMatch(new RegExp(`${IMGUR.accessToken}|${IMGUR.clientId}`));
  }
  expect(apiSaw.length).toBeGreaterThanOrEqual(1);
  for (const h of apiSaw) {
    expect(h['proxy-authorization']).toBeUndefined();
    expect(JSON.stringify(h)).not.toContain(PROXY_PASS);
  }
}

/** `HttpsProxyAgent` trusting the test certificate of "Imgur" (a real one needs no `ca`). */
class TestProxyAgent extends HttpsProxyAgent<string> {
  override connect(req: Parameters<HttpsProxyAgent<string>['connect']>[0], opts: Parameters<HttpsProxyAgent<string>['connect']>[1]) {
    return super.connect(req, { ...opts, ca } as typeof opts);
  }
}

const transports = {
  'node:http with httpAgent: new HttpsProxyAgent(url)': (url: string) => ({ httpAgent: new TestProxyAgent(url) }),
  'fetch with undici ProxyAgent': (url: string) => {
    const dispatcher = new ProxyAgent({ uri: url, requestTls: { ca } });
    return { fetch: ((input: string, init: RequestInit) => undiciFetch(input, { ...init, dispatcher } as never)) as unknown as typeof fetch };
  },
};

describe.each(Object.entries(transports))('through an HTTP proxy: %s', (_name, options) => {
  it('sends Bearer and Client-ID calls through the tunnel, keeping proxy and Imgur credentials apart', async () => {
    const client = createImgurClient({ ...IMGUR, baseUrl: apiUrl, ...options(proxyUrl()) });
    expect(await me(client)).toEqual({ url: 'imgur-user' });
    expect(await image(client, { imageHash: 'abc' })).toEqual({ id: 'abc' });
    expect(apiSaw.map((h) => h.authorization)).toEqual([`Bearer ${IMGUR.accessToken}`, `Client-ID ${IMGUR.clientId}`]);
    expectSeparated();
  });

  it('wrong proxy credentials: a typed error that names neither secret, and nothing reaches Imgur', async () => {
    const client = createImgurClient({ ...IMGUR, baseUrl: apiUrl, retries: 0, ...options(proxyUrl('wrong-pass-77')) });
    const error = await me(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImgurError);
    const text = `${String(error)} ${inspect(error, { depth: 9, showHidden: true })} ${JSON.stringify(error)}`;
    expect(text).not.toContain(IMGUR.accessToken);
    expect(text).not.toContain('wrong-pass-77');
    expect(apiSaw).toEqual([]);
  });
});
