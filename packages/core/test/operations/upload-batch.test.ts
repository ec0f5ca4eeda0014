import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImgurClient, getCredits, ImgurAbortError, ImgurApiError, ImgurBudgetError, ImgurUsageError, uploadBatch } from '../../src/index.node.js';
import type { BudgetOptions, ImgurClient, UploadBatchItem, UploadBatchItemResult, UploadProgress } from '../../src/index.node.js';
import { MAGIC } from '../support/fixtures.js';
import { json, serve } from '../support/http-server.js';

const png = MAGIC.png!.bytes;
const future = Math.floor(Date.now() / 1000) + 3600;
const past = Math.floor(Date.now() / 1000) - 10;

interface FakeOptions {
  /** Milliseconds before answering the upload with this title (default 20). */
  readonly delayMs?: (title: string) => number;
  /** Titles answered with a 400. */
  readonly failTitles?: readonly string[];
  /** Answer no upload by itself: each waits in `held` (by title) until called (or aborted). */
  readonly hold?: boolean;
  /** Client credits left; every upload received costs 10. Without it, no rate-limit headers are sent. */
  readonly clientRemaining?: number;
  readonly userReset?: number;
  /** Status of `GET /3/credits` (default 200). */
  readonly creditsStatus?: number;
}

/**
 * A fake Imgur on 127.0.0.1: `POST /3/upload` (multipart) answers the image
 * with the title it was sent with, `GET /3/credits` the credits; both with
 * Imgur's envelope and rate-limit headers. Counts the uploads in flight.
 */
async function fakeImgur(options: FakeOptions = {}) {
  const { delayMs = () => 20, failTitles = [], hold = false, userReset = future, creditsStatus = 200 } = options;
  const fake = {
    remaining: options.clientRemaining,
    active: 0,
    maxActive: 0,
    credits: 0,
    uploads: [] as Record<string, string>[],
    url: '',
    arrived: undefined as (() => void) | undefined,
    held: new Map<string, () => void>(),
  };
  const headers = (): Record<string, string> =>
    fake.remaining === undefined
      ? {}
      : {
          'x-ratelimit-clientlimit': '12500',
          'x-ratelimit-clientremaining': String(fake.remaining),
          'x-ratelimit-userlimit': '2000',
          'x-ratelimit-userremaining': '1990',
          'x-ratelimit-userreset': String(userReset),
        };
  const { url } = await serve((seen, res) => {
    if (seen.url === '/3/credits') {
      fake.credits++;
      const data = { ClientRemaining: fake.remaining, ClientLimit: 12500, UserRemaining: 1990, UserLimit: 2000, UserReset: userReset };
      json(res, creditsStatus, creditsStatus === 200 ? { data, success: true, status: 200 } : { data: { error: 'no' }, success: false, status: creditsStatus }, headers());
      return;
    }
    fake.active++;
    fake.maxActive = Math.max(fake.maxActive, fake.active);
    res.on('close', () => fake.active--);
    if (fake.remaining !== undefined) fake.remaining -= 10;
    void new Response(new Uint8Array(seen.body), { headers: { 'content-type': seen.headers['content-type']! } }).formData().then((form) => {
      const fields = Object.fromEntries([...form].filter((e): e is [string, string] => typeof e[1] === 'string'));
      fake.uploads.push(fields);
      const title = fields.title ?? '';
      const n = fake.uploads.length;
      const answer = () => {
        if (failTitles.includes(title)) json(res, 400, { data: { error: `bad ${title}` }, success: false, status: 400 }, headers());
        else json(res, 200, { data: { id: `img${n}`, title, link: `https://i.imgur.com/img${n}.png` }, success: true, status: 200 }, headers());
      };
      if (hold) fake.held.set(title, answer);
      else setTimeout(answer, delayMs(title));
      fake.arrived?.();
    });
  });
  fake.url = url;
  return fake;
}

const titled = (count: number): UploadBatchItem[] => Array.from({ length: count }, (_, i) => ({ source: png, fields: { title: `item-${i}` } }));
const client = (baseUrl: string, budget?: BudgetOptions): ImgurClient => createImgurClient({ clientId: 'c', baseUrl, ...(budget ? { budget } : {}) });
const statuses = (results: readonly UploadBatchItemResult[]) => results.map((r) => (r.status === 'not-sent' ? `not-sent:${r.reason}` : r.status));

describe('uploadBatch', () => {
  it('uploads every item and gives the results in input order, whatever order they finish in', async () => {
    // Once all five are in, the server answers the last first, and each earlier one once the later has settled.
    const fake = await fakeImgur({ hold: true });
    const titles = ['', 'item-1', 'item-2', 'item-3', 'item-4'];
    fake.arrived = () => {
      if (fake.uploads.length === 5) fake.held.get(titles[4]!)!();
    };
    const settled: number[] = [];
    const onItem = (r: UploadBatchItemResult) => {
      settled.push(r.index);
      fake.held.get(titles[r.index - 1]!)?.();
    };
    const items: UploadBatchItem[] = [png, ...titled(5).slice(1)];
    const batch = await uploadBatch(client(fake.url), items, { concurrency: 5, onItem });
    expect(statuses(batch.results)).toEqual(['uploaded', 'uploaded', 'uploaded', 'uploaded', 'uploaded']);
    expect(batch.results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(batch.results.map((r) => r.status === 'uploaded' && r.data.title)).toEqual(titles);
    expect(batch.uploaded).toEqual(batch.results);
    expect(batch.failed).toEqual([]);
    expect(batch.notSent).toEqual([]);
    expect(settled).toEqual([4, 3, 2, 1, 0]);
    expect(fake.uploads).toHaveLength(5);
  });

  it('keeps the successes when some items fail, and never rejects for them', async () => {
    const fake = await fakeImgur({ failTitles: ['item-1', 'item-3'] });
    const batch = await uploadBatch(client(fake.url), titled(5));
    expect(statuses(batch.results)).toEqual(['uploaded', 'failed', 'uploaded', 'failed', 'uploaded']);
    expect(batch.uploaded.map((r) => r.data.title)).toEqual(['item-0', 'item-2', 'item-4']);
    expect(batch.failed.map((r) => r.index)).toEqual([1, 3]);
    for (const { error } of batch.failed) {
      expect(error).toBeInstanceOf(ImgurApiError);
      expect((error as ImgurApiError).status).toBe(400);
    }
    expect(fake.uploads).toHaveLength(5);
  });

  for (const [concurrency, want] of [
    [undefined, 3],
    [1, 1],
  ] as const) {
    it(`never has more than ${want} uploads in flight with concurrency ${concurrency ?? 'left at its default'}`, async () => {
      const fake = await fakeImgur({ delayMs: () => 40 });
      const batch = await uploadBatch(client(fake.url), titled(7), concurrency === undefined ? {} : { concurrency });
      expect(batch.uploaded).toHaveLength(7);
      expect(fake.uploads).toHaveLength(7);
      expect(fake.maxActive).toBe(want);
    });
  }

  it('a file stream that fails to open while it waits for its turn fails its item, and does not end the process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imgur-batch-'));
    try {
      const good = join(dir, 'good.png');
      writeFileSync(good, png);
      const fake = await fakeImgur({ delayMs: () => 60 });
      // With concurrency 1, the missing file's stream sits for a while before it is read: its 'error' comes meanwhile.
      const items: UploadBatchItem[] = [
        { source: createReadStream(good), fields: { title: 'item-0' } },
        { source: createReadStream(join(dir, 'missing.png')), fields: { title: 'item-1' } },
        { source: createReadStream(good), fields: { title: 'item-2' } },
      ];
      const batch = await uploadBatch(client(fake.url), items, { concurrency: 1 });
      expect(statuses(batch.results)).toEqual(['uploaded', 'failed', 'uploaded']);
      const failed = batch.failed[0]!.error;
      expect(failed.name).toBe('ImgurUploadError');
      expect(failed.message).toMatch(/items\[1\]|field "image": reading the stream failed: ENOENT/);
      expect(fake.uploads).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('adds the album to every item whose fields name none', async () => {
    const fake = await fakeImgur();
    const items: UploadBatchItem[] = [{ source: png, fields: { title: 'a' } }, { source: png, fields: { title: 'b', album: 'own' } }, png];
    await uploadBatch(client(fake.url), items, { album: 'alb1', concurrency: 1 });
    expect(fake.uploads).toEqual([
      { type: 'file', title: 'a', album: 'alb1' },
      { type: 'file', title: 'b', album: 'own' },
      { type: 'file', album: 'alb1' },
    ]);
  });

  it('reports the progress of each item, up to 100% for every uploaded one', async () => {
    const fake = await fakeImgur();
    const seen = new Map<number, UploadProgress[]>();
    const batch = await uploadBatch(client(fake.url), titled(4), { onProgress: (index, p) => seen.set(index, [...(seen.get(index) ?? []), p]) });
    expect(batch.uploaded).toHaveLength(4);
    expect([...seen.keys()].sort()).toEqual([0, 1, 2, 3]);
    for (const events of seen.values()) {
      const last = events.at(-1)!;
      expect(last.percent).toBe(100);
      expect(last.loaded).toBe(last.total);
      expect(last.total).toBeGreaterThan(png.length);
    }
  });

  it('aborts the uploads in flight (maybe stored: their requests went out) and leaves the items not started unsent, and resolves', async () => {
    const fake = await fakeImgur({ hold: true });
    const controller = new AbortController();
    fake.arrived = () => {
      if (fake.uploads.length === 2) controller.abort('enough');
    };
    const batch = await uploadBatch(client(fake.url), titled(6), { concurrency: 2, signal: controller.signal });
    expect(statuses(batch.results)).toEqual(['maybe-stored', 'maybe-stored', 'not-sent:aborted', 'not-sent:aborted', 'not-sent:aborted', 'not-sent:aborted']);
    for (const { error } of [...batch.maybeStored, ...batch.notSent]) {
      expect(error).toBeInstanceOf(ImgurAbortError);
      expect(error.cause).toBe('enough');
    }
    // No onProgress: how much of each body went out is not known.
    expect(batch.maybeStored.map((r) => r.sent)).toEqual(['unknown', 'unknown']);
    expect(batch.maybeStored.length + batch.notSent.length).toBe(6);
    expect(batch.notSent[0]!.error.message).toBe('uploadBatch was aborted: items[2] and later were not sent.');
    expect(fake.uploads).toHaveLength(2);

    const again = await uploadBatch(client(fake.url), titled(2), { signal: controller.signal });
    expect(statuses(again.results)).toEqual(['not-sent:aborted', 'not-sent:aborted']);
    expect(fake.uploads).toHaveLength(2);

    // Aborted while reading the credits for the budget.
    const late = new AbortController();
    const pending = uploadBatch(client(fake.url, { minClientRemaining: 20 }), titled(2), { signal: late.signal });
    late.abort('later');
    const during = await pending;
    expect(statuses(during.results)).toEqual(['not-sent:aborted', 'not-sent:aborted']);
    expect(during.notSent[0]!.error.cause).toBe('later');
    expect(fake.uploads).toHaveLength(2);
  });

  describe('with a budget', () => {
    const cases = [
      // 55 - 3 × 10 = 25 >= 20; a 4th would leave 15.
      { remaining: 55, concurrency: 3, sent: 3 },
      { remaining: 55, concurrency: 1, sent: 3 },
      // The plain guard would let 3 go at once (35 - 10 >= 20 each) and end at 5.
      { remaining: 35, concurrency: 3, sent: 1 },
    ];
    for (const { remaining, concurrency, sent } of cases) {
      it(`sends ${sent} of 6 uploads from ${remaining} credits with floor 20 and concurrency ${concurrency}, after one credits request`, async () => {
        const fake = await fakeImgur({ clientRemaining: remaining });
        const imgur = client(fake.url, { minClientRemaining: 20 });
        const batch = await uploadBatch(imgur, titled(6), { concurrency });
        expect(fake.credits).toBe(1);
        expect(fake.uploads.map((u) => u.title)).toEqual(titled(sent).map((_, i) => `item-${i}`));
        expect(batch.uploaded.map((r) => r.index)).toEqual(titled(sent).map((_, i) => i));
        expect(batch.notSent.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5].slice(sent));
        const { error } = batch.notSent[0]!;
        expect(batch.notSent.every((r) => r.reason === 'budget' && r.error === error)).toBe(true);
        expect(error).toBeInstanceOf(ImgurBudgetError);
        expect(error.message).toMatch(new RegExp(`^uploadBatch: items\\[${sent}\\] and later were not sent: \\d+ client credits remain, .*the budget keeps at least 20\\.$`));
        expect(fake.remaining).toBeGreaterThanOrEqual(20);

        // The client has a snapshot now: no credits request, nothing sent.
        const next = await uploadBatch(imgur, titled(2), { concurrency });
        expect(statuses(next.results)).toEqual(['not-sent:budget', 'not-sent:budget']);
        expect(next.notSent[0]!.error.message).toBe(
          `uploadBatch: items[0] and later were not sent: ${fake.remaining} client credits remain, 0 call(s) in flight cost 0 and one more costs 10; the budget keeps at least 20.`,
        );
        expect([fake.credits, fake.uploads.length]).toEqual([1, sent]);
      });
    }

    it('does not apply once the snapshot is past its reset time', async () => {
      const fake = await fakeImgur({ clientRemaining: 25, userReset: past });
      const batch = await uploadBatch(client(fake.url, { minClientRemaining: 20 }), titled(4), { concurrency: 2 });
      expect(batch.uploaded).toHaveLength(4);
      expect(fake.remaining).toBe(-15);
    });

    it('sends nothing when the credits cannot be read', async () => {
      const fake = await fakeImgur({ clientRemaining: 500, creditsStatus: 403 });
      const batch = await uploadBatch(client(fake.url, { minClientRemaining: 20 }), titled(3), { retries: 0 });
      expect(statuses(batch.results)).toEqual(['not-sent:budget', 'not-sent:budget', 'not-sent:budget']);
      expect(batch.notSent[0]!.error.message).toMatch(/^uploadBatch: nothing was sent: the budget cannot be checked, reading the credits failed: .*403/);
      expect(batch.notSent[0]!.error.cause).toBeInstanceOf(ImgurApiError);
      expect([fake.credits, fake.uploads.length]).toEqual([1, 0]);
    });

    it("stops at an upload's own ImgurBudgetError (credits spent elsewhere meanwhile)", async () => {
      const fake = await fakeImgur({ clientRemaining: 100 });
      const imgur = client(fake.url, { minClientRemaining: 20 });
      // Before its first bytes, this source has another call spend credits and read them: 25 left.
      async function* spender(): AsyncGenerator<Uint8Array> {
        fake.remaining = 25;
        await getCredits(imgur);
        yield png;
      }
      const batch = await uploadBatch(imgur, [png, spender(), png, png], { concurrency: 1 });
      expect(statuses(batch.results)).toEqual(['uploaded', 'not-sent:budget', 'not-sent:budget', 'not-sent:budget']);
      expect(batch.notSent[0]!.error).toBeInstanceOf(ImgurBudgetError);
      expect(batch.notSent[0]!.error.message).toMatch(/image\.uploadImage refused: it costs 10 credit\(s\) and 25 client credits remain; the budget keeps at least 20/);
      expect(batch.notSent.every((r) => r.error === batch.notSent[0]!.error)).toBe(true);
      expect([fake.credits, fake.uploads.length]).toEqual([2, 1]);
    });
  });

  it('rejects with ImgurUsageError for a bad concurrency, album or items, sending nothing', async () => {
    const fake = await fakeImgur();
    const imgur = client(fake.url);
    const bad: [unknown, Record<string, unknown>, RegExp][] = [
      ...[0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2'].map((c): [unknown, Record<string, unknown>, RegExp] => [
        [png],
        { concurrency: c },
        /^uploadBatch: options\.concurrency must be a whole number of at least 1, not /,
      ]),
      [[png], { album: 7 }, /^uploadBatch: options\.album must be a string/],
      ['https://example.com/cat.png', {}, /^uploadBatch: items must be an array/],
      [png, {}, /^uploadBatch: items must be an array/],
      [null, {}, /^uploadBatch: items must be an array/],
    ];
    for (const [items, options, message] of bad) {
      const error = await uploadBatch(imgur, items as UploadBatchItem[], options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImgurUsageError);
      expect((error as Error).message).toMatch(message);
    }
    await expect(uploadBatch({} as ImgurClient, [png])).rejects.toThrow(ImgurUsageError);
    expect(fake.uploads).toHaveLength(0);
  });

  it('rejects with what onItem throws, once the uploads in flight have settled, starting no more', async () => {
    const fake = await fakeImgur({ delayMs: (title) => (title === 'item-0' ? 10 : 60) });
    const bug = new Error('callback bug');
    const calls: number[] = [];
    const error = await uploadBatch(client(fake.url), titled(5), {
      concurrency: 2,
      onItem: (r) => {
        calls.push(r.index);
        throw bug;
      },
    }).catch((e: unknown) => e);
    expect(error).toBe(bug);
    expect(calls).toEqual([0]);
    expect(fake.uploads).toHaveLength(2);
  });

  it('resolves with no results for no items, without any request', async () => {
    const fake = await fakeImgur({ clientRemaining: 100 });
    const batch = await uploadBatch(client(fake.url, { minClientRemaining: 20 }), new Set<UploadBatchItem>());
    expect(batch).toEqual({ results: [], uploaded: [], failed: [], maybeStored: [], notSent: [] });
    expect(fake.credits + fake.uploads.length).toBe(0);
  });
});
