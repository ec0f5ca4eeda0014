import { expect, test } from 'vitest';
import { startMockServer } from '../src/server.js';
import type { OpenApiDocument } from '../src/types.js';
import { operationsOf, recordEveryOperation } from './record-responses.js';
import { checkResponses, repoSpec } from './response-schemas.js';

// One call of every operation, recorded as { method, path (templated), status, body } and validated against
// spec/openapi.json with an Ajv 2020 of its own: the mock's answers hold for the spec the SDK is generated from.
test('every operation answers 2xx with a body valid against spec/openapi.json', async () => {
  const s = await startMockServer();
  try {
    const recorded = await recordEveryOperation(s, repoSpec);
    expect(recorded).toHaveLength(operationsOf(repoSpec).length);
    expect(recorded.length).toBeGreaterThan(70);
    expect(recorded.filter((r) => r.status < 200 || r.status > 299).map((r) => `${r.method} ${r.path} ${r.status} ${JSON.stringify(r.body)}`)).toEqual([]);
    expect(checkResponses(repoSpec, recorded)).toEqual([]);
  } finally {
    await s.close();
  }
}, 60_000);

test('the checker fails bodies the spec forbids', () => {
  const bad = [
    { method: 'GET', path: '/3/image/{imageHash}', operationId: 'image.getImage', status: 200, body: { data: { id: 1 }, success: true, status: 200 } },
    { method: 'GET', path: '/3/credits', operationId: 'extras.getCredits', status: 299, body: {} },
  ];
  const failures = checkResponses(repoSpec, bad);
  expect(failures).toHaveLength(2);
  expect(failures[0]).toMatch(/^GET \/3\/image\/\{imageHash\} 200: /);
  expect(failures[1]).toMatch(/status 299 has no JSON response/);
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
    expect(checkResponses(doc, recorded)).toEqual([]);
    const data = (path: string, method = 'GET') => (recorded.find((r) => r.path === path && r.method === method)!.body as { data: Record<string, unknown> }).data;
    expect(data('/3/image/{imageHash}')).toMatchObject({ ad_type: null, ad_url: null, hls: '', ad_config: { showsAds: false } });
    expect(data('/3/album/{albumHash}')).not.toHaveProperty('order');
    expect(data('/3/gallery/image/{imageHash}')).toMatchObject({ topic_id: null });
    expect(data('/3/gallery/tag_info/{tagName}').accent).toMatch(/^[0-9A-F]{6}$/);
  } finally {
    await s.close();
  }
}, 60_000);
