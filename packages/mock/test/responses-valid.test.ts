import { expect, test } from 'vitest';
import { startMockServer } from '../src/server.js';
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
