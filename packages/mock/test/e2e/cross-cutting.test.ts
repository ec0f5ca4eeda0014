import * as account from '@imgur-ts/account';
import { ImgurApiError, createEtagCache, getCredits, upload } from '@imgur-ts/core';
import * as image from '@imgur-ts/image';
import { expect, test } from 'vitest';
import { anonymous, mock, png, signedIn } from './setup.js';

test('credits and rate-limit headers are visible on results', async () => {
  const s = await mock();
  const client = anonymous(s);
  const before = await getCredits(client).withResponse();
  expect(before.data).toMatchObject({ UserLimit: 2000, ClientLimit: 12500 });
  expect(before.rateLimit).toMatchObject({ userLimit: 2000, clientLimit: 12500, postLimit: undefined });
  const up = await upload(client, png()).withResponse();
  expect(up.rateLimit.clientRemaining).toBe((before.rateLimit.clientRemaining ?? 0) - 10);
  expect(up.rateLimit).toMatchObject({ postLimit: 1250, postRemaining: 1249 });
  expect(up.rateLimit.postReset).toBeGreaterThan(0);
  const after = await getCredits(client);
  expect(after.ClientRemaining).toBe((up.rateLimit.clientRemaining ?? 0) - 1);
});

test('an exhausted client budget: 429 is not retried and surfaces as ImgurApiError', async () => {
  const s = await mock({ rateLimits: { clientLimit: 3 } });
  const client = anonymous(s, { retries: 5 });
  const up = await upload(client, 'https://example.com/a.png').asResult();
  expect(up.error).toBeInstanceOf(ImgurApiError);
  expect(up.error).toMatchObject({ status: 429 });
  // a refused upload costs nothing: three credits are left for three calls
  for (let i = 0; i < 3; i++) await getCredits(client);
  const before = s.snapshot().requests;
  const r = await getCredits(client).asResult();
  expect(r.error).toMatchObject({ status: 429 });
  expect(s.snapshot().requests - before).toBe(1);
});

test('a 429 burst on GETs is retried until it passes', async () => {
  const s = await mock({ faults: { rules: [{ route: 'GET /3/credits', rateLimitBurst: 2 }] } });
  const client = anonymous(s, { retries: 3 });
  const before = s.snapshot().requests;
  expect((await getCredits(client)).UserLimit).toBe(2000);
  expect(s.snapshot().requests - before).toBe(3);
});

test('a 5xx storm: idempotent GETs retry through 502/503, POSTs are not retried, 500 is final', async () => {
  const s = await mock({
    faults: {
      seed: 3,
      rules: [
        { route: 'GET /3/image/*', errorRate: 0.5, errorStatuses: [502, 503] },
        { route: 'POST /3/image/*', errorRate: 1, errorStatuses: [503] },
      ],
    },
  });
  const client = anonymous(s, { retries: 8 });
  const img = await upload(client, png());
  const before = s.snapshot().requests;
  for (let i = 0; i < 10; i++) expect((await image.getImage(client, { imageHash: img.id })).id).toBe(img.id);
  expect(s.snapshot().requests - before).toBeGreaterThan(10);
  const sent = s.snapshot().requests;
  const upd = await image.updateImage(client, { imageHash: img.deletehash ?? '', title: 'x' }).asResult();
  expect(upd.error).toMatchObject({ status: 503 });
  expect(s.snapshot().requests - sent).toBe(1);
  s.setFaults({ rules: [{ route: 'GET /3/image/*', errorRate: 1, errorStatuses: [500] }] });
  const n = s.snapshot().requests;
  expect((await image.getImage(client, { imageHash: img.id }).asResult()).error).toMatchObject({ status: 500 });
  expect(s.snapshot().requests - n).toBe(1);
});

test('an expired token is refreshed once and the call replayed', async () => {
  const s = await mock();
  const { client, tokens } = signedIn(s);
  expect((await account.getSettings(client)).account_url).toBe('imgur-mock-user');
  s.expireTokens();
  const settings = await account.getSettings(client);
  expect(settings.account_url).toBe('imgur-mock-user');
  expect(tokens).toHaveLength(1);
  expect(tokens[0]).toMatchObject({ account_username: 'imgur-mock-user', account_id: 1, token_type: 'bearer' });
  const live = s.snapshot().tokens.filter((t) => !t.expired);
  expect(live.map((t) => t.access_token)).toEqual([tokens[0]?.access_token]);
  // the next call uses the new token without another refresh
  await account.getSettings(client);
  expect(tokens).toHaveLength(1);
});

test('ETag: a repeated GET is answered 304 and served from the SDK cache', async () => {
  const s = await mock();
  const client = anonymous(s, { etagCache: createEtagCache() });
  const img = await upload(client, png(), { title: 'cached' });
  const first = await image.getImage(client, { imageHash: img.id }).withResponse();
  expect(first.response.status).toBe(200);
  const second = await image.getImage(client, { imageHash: img.id }).withResponse();
  expect(second.response.status).toBe(304);
  expect(second.data).toEqual(first.data);
  expect(second.data.title).toBe('cached');
});
