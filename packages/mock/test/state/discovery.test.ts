import { checkExchanges, formatReport } from '@imgur-ts/traffic';
import { expect, test } from 'vitest';
import { openapiDocument } from '../../src/generated/openapi.gen.js';
import { repoSpec } from '../repo-spec.js';
import { BEARER, CLIENT, call, form, start, upload } from '../helpers.js';

type Spec = Parameters<typeof checkExchanges>[1];

/** The checker's findings for one answer of the mock against spec/openapi.json (empty when it passes). */
function findings(method: string, path: string, status: number, body: unknown): string[] {
  const report = checkExchanges([{ method, path, status, body: body as never }], repoSpec as unknown as Spec);
  return report.summary.failed === 0 ? [] : formatReport(report).split('\n');
}

test('subreddit and random galleries answer a shared album as an album, and a hidden shared album is read by Client-ID', async () => {
  const s = await start({ spec: openapiDocument });
  const img = await upload(s, BEARER);
  const other = await upload(s, BEARER);
  const album = (await call(s, 'POST', '/3/album', { auth: BEARER, body: form({ 'ids[]': [img.id, other.id], privacy: 'hidden', title: 'Two cats' }) })).json.data;
  // Not shared: hidden means unlisted, so the id alone reads it; a secret album stays its owner's.
  expect((await call(s, 'GET', `/3/album/${album.id}`, { auth: CLIENT })).json.data).toMatchObject({ id: album.id, privacy: 'hidden', images_count: 2 });
  expect((await call(s, 'GET', '/3/account/imgur-mock-user/albums/0', { auth: CLIENT })).json.data).toEqual([]);
  const secret = (await call(s, 'POST', '/3/album', { auth: BEARER, body: form({ privacy: 'secret' }) })).json.data;
  expect((await call(s, 'GET', `/3/album/${secret.id}`, { auth: CLIENT })).status).toBe(404);
  await call(s, 'POST', `/3/gallery/album/${album.id}`, { auth: BEARER, body: form({ title: 'Two cats', terms: '1', tags: 'cats' }) });
  await call(s, 'POST', `/3/gallery/image/${other.id}`, { auth: BEARER, body: form({ title: 'One cat', terms: '1', tags: 'cats' }) });
  for (const path of ['/3/gallery/r/cats/time/day/0', '/3/gallery/random/random/0']) {
    const got = await call(s, 'GET', path, { auth: CLIENT });
    expect(got.status).toBe(200);
    const items = got.json.data as Record<string, unknown>[];
    expect(
      items.find((i) => i.id === album.id),
      path,
    ).toMatchObject({ is_album: true, cover: img.id, images_count: 2, privacy: 'hidden' });
    expect(items.find((i) => i.id === album.id)!.images, path).toHaveLength(2);
    expect(
      items.find((i) => i.id === other.id),
      path,
    ).toMatchObject({ is_album: false, type: 'image/png' });
    expect(findings('GET', path, 200, got.json), path).toEqual([]);
  }
  // The single-item subreddit route answers images only.
  expect((await call(s, 'GET', `/3/gallery/r/cats/${album.id}`, { auth: CLIENT })).status).toBe(404);
  const shared = (await call(s, 'POST', `/3/gallery/album/${secret.id}`, { auth: BEARER, body: form({ title: 'Shared', terms: '1' }) })).status;
  expect(shared).toBe(200);
  for (const path of [`/3/album/${secret.id}`, `/3/album/${album.id}`, `/3/album/${album.id}/images`]) {
    const got = await call(s, 'GET', path, { auth: CLIENT });
    expect(got.status, path).toBe(200);
    expect(findings('GET', path, 200, got.json), path).toEqual([]);
  }
  expect((await call(s, 'GET', `/3/album/${album.id}/images`, { auth: CLIENT })).json.data.map((i: { id: string }) => i.id)).toEqual([img.id, other.id]);
});

test('action answers are what Imgur sends today: a tag follow `{ status: 1 }`, an album update its id and deletehash', async () => {
  const s = await start({ spec: openapiDocument });
  for (const method of ['POST', 'DELETE']) {
    const got = await call(s, method, '/3/account/me/follow/tag/cats', { auth: BEARER });
    expect(got.json).toEqual({ data: { status: 1 }, success: true, status: 200 });
    expect(findings(method, '/3/account/me/follow/tag/cats', 200, got.json)).toEqual([]);
  }
  const album = (await call(s, 'POST', '/3/album', { auth: BEARER, body: form({ title: 'A' }) })).json.data;
  const updated = await call(s, 'PUT', `/3/album/${album.id}`, { auth: BEARER, body: form({ title: 'B' }) });
  expect(updated.json.data).toEqual({ id: album.id, deletehash: album.deletehash });
  expect(findings('PUT', `/3/album/${album.id}`, 200, updated.json)).toEqual([]);
  expect((await call(s, 'GET', `/3/album/${album.id}`, { auth: CLIENT })).json.data.title).toBe('B');
});

test('a gallery profile is public: Client-ID reads one by username, only `me` needs a user token', async () => {
  const s = await start({ spec: openapiDocument });
  const got = await call(s, 'GET', '/3/account/imgur-mock-user/gallery_profile', { auth: CLIENT });
  expect(got.json).toMatchObject({ success: true, data: { total_gallery_submissions: 0, trophies: [] } });
  expect(findings('GET', '/3/account/imgur-mock-user/gallery_profile', 200, got.json)).toEqual([]);
  expect((await call(s, 'GET', '/3/account/me/gallery_profile', { auth: CLIENT })).status).toBeGreaterThanOrEqual(400);
  expect((await call(s, 'GET', '/3/account/me/gallery_profile', { auth: BEARER })).status).toBe(200);
});
