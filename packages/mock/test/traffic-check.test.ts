import { checkExchanges, formatReport, type RecordedExchange } from '@imgur-ts/traffic';
import { expect, test } from 'vitest';
import { startMockServer } from '../src/server.js';
import { operationsOf, type RecordedResponse, recordEveryOperation } from './record-responses.js';
import type { OpenApiDocument } from '../src/types.js';
import { repoSpec } from './repo-spec.js';

type Spec = Parameters<typeof checkExchanges>[1];

/** A recorded answer of the mock as the checker takes it (its body is parsed JSON). */
const asExchange = ({ method, path, status, body }: RecordedResponse): RecordedExchange => ({ method, path, status, body: body as RecordedExchange['body'] });

/** The report's failing bodies with their findings (allowlisted ones and the summary left out). */
const failuresOf = (report: ReturnType<typeof checkExchanges>): string[] =>
  formatReport(report)
    .split('\n')
    .filter((l) => /^(FAIL| {2})/.test(l));

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
    expect(recorded.length).toBeGreaterThan(70);
    expect(recorded.filter((r) => r.status < 200 || r.status > 299).map((r) => `${r.method} ${r.path} ${r.status} ${JSON.stringify(r.body)}`)).toEqual([]);
    const exchanges: RecordedExchange[] = recorded.map(asExchange);
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
});

test('the same check fails a mock answer that strays from the spec (an undeclared field and a forbidden null)', () => {
  const report = checkExchanges(
    [{ method: 'GET', path: '/3/credits', status: 200, body: { data: { UserLimit: null, Invented: 1 }, success: true, status: 200 } }],
    repoSpec as unknown as Spec,
  );
  expect(report.summary.failed).toBe(1);
  expect(report.summary.undeclared).toBeGreaterThan(0);
  expect(formatReport(report)).toMatch(/Invented/);
});

test('when the spec declares the real fields and nulls, the mock follows it (a spec changed the way real traffic asks)', async () => {
  const doc = structuredClone(repoSpec) as typeof repoSpec & { components: { schemas: Record<string, { required?: string[]; properties: Record<string, unknown> }> } };
  const schemas = doc.components.schemas;
  const nullable = (model: string, field: string) => {
    const p = schemas[model]!.properties[field] as { type: string | string[] };
    p.type = [...(Array.isArray(p.type) ? p.type : [p.type]), 'null'];
  };
  nullable('Image', 'ad_type');
  nullable('Image', 'ad_url');
  nullable('Image', 'name');
  nullable('GalleryAlbum', 'topic_id');
  nullable('GalleryImage', 'topic_id');
  nullable('GalleryImage', 'score');
  schemas.Album!.required = schemas.Album!.required!.filter((k) => k !== 'order');
  schemas.Image!.properties.ad_config = { type: 'object', required: ['showsAds'], properties: { showsAds: { type: 'boolean' } } };
  schemas.Image!.properties.hls = { type: 'string' };
  schemas.Tag!.properties.accent = { type: 'string', pattern: '^[0-9A-F]{6}$' };
  const s = await startMockServer({ spec: doc as unknown as OpenApiDocument });
  try {
    const recorded = await recordEveryOperation(s, doc);
    expect(recorded.filter((r) => r.status < 200 || r.status > 299).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
    expect(failuresOf(checkExchanges(recorded.map(asExchange), doc as unknown as Spec))).toEqual([]);
    const data = (path: string, method = 'GET') => (recorded.find((r) => r.path === path && r.method === method)!.body as { data: Record<string, unknown> }).data;
    expect(data('/3/image/{imageHash}')).toMatchObject({ ad_type: null, ad_url: null, hls: '', ad_config: { showsAds: false } });
    expect(data('/3/album/{albumHash}')).not.toHaveProperty('order');
    expect(data('/3/gallery/image/{imageHash}')).toMatchObject({ topic_id: null });
    expect(data('/3/gallery/tag_info/{tagName}').accent).toMatch(/^[0-9A-F]{6}$/);
  } finally {
    await s.close();
  }
});
