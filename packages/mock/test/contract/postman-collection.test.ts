import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import newman, { type NewmanExecution } from 'newman';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSeed } from '../../src/admin/seed.js';
import { startMockServer } from '../../src/server.js';
import type { MockServer } from '../../src/types.js';
import { seedForCollection } from './postman-seed.js';

/**
 * Newman runs Imgur's own Postman collection (the one pinned in spec/) request by request against the mock on
 * 127.0.0.1, each on a freshly seeded state. A request passes when the mock answers 2xx and, for an envelope,
 * `success: true`. Only requests the collection itself gets wrong may fail; each is listed here with its reason
 * and the answer it gets.
 */
const COLLECTION = JSON.parse(readFileSync(new URL('../../../../spec/imgur.postman_collection.json', import.meta.url), 'utf8')) as Collection;

const EXPECTED_FAILURES: Readonly<Record<string, { reason: string; status: number | 'no request' }>> = {
  'Account / Comment IDs': {
    reason: 'sends the shared `{{sort}}` variable, a gallery sort (viral, top, time), where the route takes a comment sort (best, worst, oldest, newest): no value fits both',
    status: 400,
  },
  'Account / Replies': { reason: 'sends no Authorization header, though the route reads the notifications of the signed-in user', status: 401 },
  'Account / Account Delete (me)': { reason: 'ships with an empty `password`, and a blank password must not delete an account', status: 400 },
  'Gallery / Random Gallery Images': { reason: 'has no URL (the request is deprecated and its route was removed from the collection)', status: 'no request' },
  'Image / Image Upload': { reason: 'sends its `image` and `video` file fields without a file (no `src`) next to `type=url`, so nothing is uploaded', status: 400 },
};

const TEST_SCRIPT = [
  "pm.test('2xx and success', function () {",
  '  pm.expect(pm.response.code).to.be.within(200, 299);',
  '  var body = pm.response.json();',
  "  if (body !== null && typeof body === 'object' && 'success' in body) pm.expect(body.success).to.equal(true);",
  '});',
];

interface Item {
  readonly name: string;
  readonly item?: readonly Item[];
  readonly request?: { url?: string | { raw?: string; protocol?: string; host?: string[]; port?: string } };
}
interface Collection {
  readonly info: unknown;
  readonly item: readonly Item[];
  readonly variable: readonly { key: string; value: string }[];
}

function flatten(items: readonly Item[], folder: string): { name: string; item: Item }[] {
  return items.flatMap((it) => (it.item ? flatten(it.item, it.name) : [{ name: folder === '' ? it.name : `${folder} / ${it.name}`, item: it }]));
}

/** The request with Imgur's origin (`https://api.imgur.com`, `https://{{hostname}}`) replaced by the mock's. */
function toMock(item: Item): Item {
  const copy = structuredClone(item) as Item;
  const url = copy.request?.url;
  const swap = (raw: string): string => raw.replace(/^https:\/\/(api\.imgur\.com|\{\{hostname\}\})/, '{{baseUrl}}');
  if (typeof url === 'string') copy.request!.url = swap(url);
  else if (url && typeof url.raw === 'string' && url.raw !== '') {
    url.raw = swap(url.raw);
    url.protocol = 'http';
    url.host = ['{{mockHost}}'];
    url.port = '{{mockPort}}';
  }
  return copy;
}

/** Each request of the collection is preceded by a call to the seeder, which resets and seeds the mock. */
const SEED_SCRIPT = [
  "pm.sendRequest({ url: pm.environment.get('seederUrl'), method: 'POST' }, function (err, res) {",
  "  if (err || res.code !== 200) throw new Error('seeding failed');",
  '});',
];

/** Runs every request in one Newman run (a run per request would cost a second each), the mock re-seeded before each. */
function runAll(vars: Record<string, string>): Promise<readonly NewmanExecution[]> {
  const collection = {
    info: COLLECTION.info,
    variable: COLLECTION.variable,
    item: requests.map((r) => toMock(r.item)),
    event: [
      { listen: 'prerequest', script: { type: 'text/javascript', exec: SEED_SCRIPT } },
      { listen: 'test', script: { type: 'text/javascript', exec: TEST_SCRIPT } },
    ],
  };
  const environment = { name: 'mock', values: Object.entries(vars).map(([key, value]) => ({ key, value, enabled: true })) };
  return new Promise((resolve, reject) => {
    newman.run({ collection, environment, reporters: [], timeoutRequest: 10_000 }, (err, summary) => (err ? reject(err) : resolve(summary.run.executions)));
  });
}

/** A server on 127.0.0.1 that seeds the mock afresh on every request; the ids must come out the same each time. */
async function startSeeder(target: MockServer, want: Record<string, string>): Promise<{ url: string; seeded: () => number; close: () => Promise<void> }> {
  let count = 0;
  let dirty = true;
  const server = createServer((req, res) => {
    const wasDirty = dirty;
    // The request about to run may change the state: the next one needs a fresh seed.
    dirty = !req.url?.endsWith('?method=GET');
    if (!wasDirty) return void res.writeHead(200).end('still seeded');
    seedForCollection(target).then(
      (got) => {
        count++;
        const same = JSON.stringify(got) === JSON.stringify(want);
        res.writeHead(same ? 200 : 500).end(same ? 'seeded' : `ids differ: ${JSON.stringify(got)}`);
      },
      (e: Error) => res.writeHead(500).end(e.message),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/seed`, seeded: () => count, close: () => new Promise((r) => server.close(() => r())) };
}

const requests = flatten(COLLECTION.item, '');
let mock: MockServer;
let executions: readonly NewmanExecution[] = [];
let seededTimes = 0;

beforeAll(async () => {
  // Imgur usernames are alphanumeric (the collection's Change Account Settings sends `username={{username}}`).
  mock = await startMockServer({ port: 0, seed: { ...defaultSeed, users: [{ ...defaultSeed.users[0]!, username: 'newmanuser' }] } });
  const ids = await seedForCollection(mock);
  const seeder = await startSeeder(mock, ids);
  try {
    const { port } = mock;
    // `sort` is shared by the gallery, tag, search and subreddit routes; `top` is a value all of them take.
    executions = await runAll({ ...ids, sort: 'top', baseUrl: mock.url, hostname: `127.0.0.1:${port}`, mockHost: '127.0.0.1', mockPort: String(port), seederUrl: seeder.url });
    seededTimes = seeder.seeded();
    // Newman lists an item's execution once more for the seeder's call in its pre-request script: the same object.
    executions = [...new Set(executions)];
  } finally {
    await seeder.close();
  }
}, 120_000);

afterAll(async () => {
  await mock.close();
  const failedAsExpected = Object.keys(EXPECTED_FAILURES).length;
  console.log(
    `Postman collection via Newman: ${executions.length} requests run, ${executions.length - failedAsExpected} passed, ${failedAsExpected} failed as expected (collection faults)`,
  );
});

describe("Imgur's Postman collection, request by request (Newman)", () => {
  test('the pinned collection ran whole: 87 requests, each on a freshly seeded state; every expected failure names one of them', () => {
    expect(requests).toHaveLength(87);
    expect(executions.map((e) => e.item.name)).toEqual(requests.map((r) => r.item.name));
    // Re-seeded before every request that follows a change (and the first): at least once per non-GET.
    const changes = executions.filter((e) => e.request?.method !== 'GET').length;
    expect(seededTimes).toBeGreaterThan(changes);
    expect(seededTimes).toBeLessThanOrEqual(87);
    for (const name of Object.keys(EXPECTED_FAILURES)) expect(requests.map((r) => r.name)).toContain(name);
  });

  test.each(requests.map((r, i) => [r.name, i] as const))('%s', (name, i) => {
    const ex = executions[i];
    expect(ex?.item.name).toBe(requests[i]?.item.name);
    const failed = (ex?.assertions ?? []).filter((a) => a.error !== undefined).map((a) => a.error!.message);
    const answer = ex?.response ? `${ex.response.code} ${ex.response.stream?.toString('utf8').slice(0, 300) ?? ''}` : `no response: ${ex?.requestError?.message ?? ''}`;
    const expected = EXPECTED_FAILURES[name];
    if (expected === undefined) {
      expect(ex?.requestError?.message, answer).toBeUndefined();
      expect(failed, answer).toEqual([]);
      expect(ex?.assertions?.length, answer).toBe(1);
      return;
    }
    // A collection fault: the request fails, and in the way its reason says.
    if (expected.status === 'no request') expect(ex?.response, answer).toBeUndefined();
    else expect(ex?.response?.code, answer).toBe(expected.status);
  });
});
