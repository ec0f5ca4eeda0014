import { checkExchanges, formatReport, type RecordedExchange } from '@imgur-ts/traffic';
import { expect, test } from 'vitest';
import { startMockServer } from '../src/server.js';
import { operationsOf, recordEveryOperation } from './record-responses.js';
import { repoSpec } from './response-schemas.js';

type Spec = Parameters<typeof checkExchanges>[1];

async function exchange(url: string, method: string, path: string, status: number, init: RequestInit = {}): Promise<RecordedExchange> {
  const r = await fetch(url + path, { method, ...init });
  expect(r.status).toBe(status);
  return { method, path, status: r.status, body: await r.json() };
}

// The mock's answers go through the same checker as the recorded Imgur traffic (`pnpm spec:check-traffic`):
// one success of every operation, plus the error answers a client meets most.
test('the mock passes spec:check-traffic: every operation and its common errors, no undeclared field, no forbidden null', async () => {
  const s = await startMockServer();
  try {
    const recorded = await recordEveryOperation(s, repoSpec);
    expect(recorded).toHaveLength(operationsOf(repoSpec).length);
    const exchanges: RecordedExchange[] = recorded.map(({ method, path, status, body }) => ({ method, path, status, body }));
    exchanges.push(
      await exchange(s.url, 'GET', '/3/image/doesNotExist', 404, { headers: { authorization: 'Client-ID mock-client-id' } }),
      await exchange(s.url, 'GET', '/3/account/me', 401),
      await exchange(s.url, 'GET', '/3/account/me', 403, { headers: { authorization: 'Bearer not-a-token' } }),
      await exchange(s.url, 'POST', '/3/upload', 400, { headers: { authorization: 'Client-ID mock-client-id' }, body: new URLSearchParams({ type: 'base64' }) }),
    );
    const credits = { headers: { authorization: 'Client-ID mock-client-id' } };
    s.setFaults({ seed: 1, rules: [{ route: 'GET /3/credits', rateLimitBurst: 1 }] });
    exchanges.push(await exchange(s.url, 'GET', '/3/credits', 429, credits));

    const report = checkExchanges(exchanges, repoSpec as unknown as Spec);
    expect(report.summary.bodies).toBe(exchanges.length);
    expect(
      formatReport(report)
        .split('\n')
        .filter((l) => /^(FAIL| {2})/.test(l)),
    ).toEqual([]);
    expect(report.summary).toMatchObject({ failed: 0, undeclared: 0, missingRequired: 0, forbiddenNull: 0, schemaErrors: 0, unknownOperations: 0, notJson: 0 });
    expect(report.summary.passed).toBe(exchanges.length);
  } finally {
    await s.close();
  }
}, 60_000);

test('the same check fails a mock answer that strays from the spec (an undeclared field and a forbidden null)', () => {
  const report = checkExchanges(
    [{ method: 'GET', path: '/3/credits', status: 200, body: { data: { UserLimit: null, Invented: 1 }, success: true, status: 200 } }],
    repoSpec as unknown as Spec,
  );
  expect(report.summary.failed).toBe(1);
  expect(report.summary.undeclared).toBeGreaterThan(0);
  expect(formatReport(report)).toMatch(/Invented/);
});
