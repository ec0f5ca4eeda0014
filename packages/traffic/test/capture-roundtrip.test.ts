import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createImgurClient, defineOperation } from '@imgur-ts/core';
import { captureTraffic, toNdjsonLine } from '@imgur-ts/core/capture';
import { afterEach, describe, expect, it } from 'vitest';
import { checkExchanges, readInputs, type OpenApiDocument } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const spec = JSON.parse(readFileSync(join(root, 'spec', 'openapi.json'), 'utf8')) as OpenApiDocument;
const corpusBody = (file: string): unknown => JSON.parse(readFileSync(join(root, 'spec', 'traffic', file), 'utf8')).body;

let server: Server | undefined;
let dir: string | undefined;
afterEach(async () => {
  await new Promise((done) => (server ? server.close(done).closeAllConnections() : done(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('captureTraffic -> NDJSON -> spec:check-traffic', () => {
  it('records a client session that the checker reads and matches to the spec', async () => {
    // A 127.0.0.1 server replaying bodies recorded from the live API.
    const replies: Record<string, [number, unknown]> = {
      '/3/account/ghostinspector': [200, corpusBody('imgurs-rust/account-ghostinspector-200.json')],
      '/3/credits': [429, corpusBody('imgurs-rust/too-many-requests-429.json')],
    };
    server = createServer((req, res) => {
      const [status, body] = replies[req.url ?? ''] ?? [404, { data: { error: 'Not found' }, success: false, status: 404 }];
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    dir = mkdtempSync(join(tmpdir(), 'capture-'));
    const file = join(dir, 'run.ndjson');
    writeFileSync(file, '');
    const capture = captureTraffic({ onEntry: (e) => writeFileSync(file, toNdjsonLine(e), { flag: 'a' }) });
    const client = createImgurClient({ clientId: 'cid-0123456789', baseUrl, fetch: capture.fetch, retries: 0 });
    const account = defineOperation<{ username: string }, { url: string }>({
      id: 'account.getAccount',
      method: 'GET',
      path: '/3/account/{username}',
      security: ['clientId'],
      pathParams: ['username'],
      envelope: true,
    });
    const credits = defineOperation<Record<string, never>, unknown>({ id: 'credits', method: 'GET', path: '/3/credits', security: ['clientId'], envelope: true });
    expect((await account(client, { username: 'ghostinspector' })).url).toBe('ghostinspector');
    const err = await credits(client).catch((e: unknown) => e as { status: number; imgurMessage: string });
    expect(err).toMatchObject({ status: 429, imgurMessage: 'Too Many Requests' });
    await capture.flush();

    const exchanges = readInputs([file], dir);
    expect(exchanges.map((x) => `${x.method} ${x.path} ${x.status}`)).toEqual(['GET /3/account/ghostinspector 200', 'GET /3/credits 429']);
    const report = checkExchanges(exchanges, spec);
    expect(report.results.map((r) => r.operation)).toEqual(['GET /3/account/{username} 200', 'GET /3/credits 429']);
    expect(report.summary).toMatchObject({ bodies: 2, passed: 2, failed: 0 });
    expect(readFileSync(file, 'utf8')).not.toContain('cid-0123456789');
  });
});
