import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createImgurClient } from '../../src/client/create-client-node.js';
import { createHooks } from '../../src/hooks/create-hooks.js';
import { ImgurApiError } from '../../src/errors/api-error.js';
import type { ImgurCallOutcome } from '../../src/types/hooks.js';
import { getImage } from '../support/helpers.js';

// Reason phrases node:http takes and the fetch `Response` constructor refuses (control characters such as SOH).
let server: ReturnType<typeof createServer>;
let baseUrl = '';
beforeAll(async () => {
  server = createServer((socket) =>
    socket.once('data', (head) => {
      const found = / \/3\/image\/(\w+)/.exec(String(head))![1] === 'missing';
      const body = found ? '{"data":{"error":"Unable to find an image"},"success":false,"status":404}' : '{"data":{"id":"x"},"success":true,"status":200}';
      socket.end(`HTTP/1.1 ${found ? '404 Not\x01Found' : '200 O\x01K'}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => void server.close());

it('a success whose reason phrase the Response constructor refuses still has a response, its reason phrase as it came (node:http)', async () => {
  const result = await getImage(createImgurClient({ clientId: 'client-id-0123456789', baseUrl, timeoutMs: 5000 }), { imageHash: 'x' }).asResult();
  expect(result.error).toBeUndefined();
  expect([result.response?.status, result.response?.statusText, result.response?.ok]).toEqual([200, 'O\x01K', true]);
});

it('hooks see the status of such a response and the call succeeds (node:http)', async () => {
  const seen: (number | undefined)[] = [];
  const hooks = createHooks({ after: (_call, outcome: ImgurCallOutcome) => void seen.push(outcome.status) });
  const result = await getImage(createImgurClient({ clientId: 'client-id-0123456789', baseUrl, hooks }), { imageHash: 'x' }).asResult();
  expect([result.error, result.data, seen]).toEqual([undefined, { id: 'x' }, [200]]);
});

it('a 404 whose reason phrase the Response constructor refuses is an ImgurApiError with its status (node:http)', async () => {
  const seen: (number | undefined)[] = [];
  const hooks = createHooks({ error: (_call, _error, outcome: ImgurCallOutcome) => void seen.push(outcome.status) });
  const { error } = await getImage(createImgurClient({ clientId: 'client-id-0123456789', baseUrl, hooks, retries: 0 }), { imageHash: 'missing' }).asResult();
  expect(error).toBeInstanceOf(ImgurApiError);
  expect([(error as ImgurApiError).status, (error as ImgurApiError).response?.status, seen]).toEqual([404, 404, [404]]);
});
