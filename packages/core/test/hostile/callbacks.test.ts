// A caller's callbacks that throw, on both transports against a real server
// on 127.0.0.1: `onProgress` of an upload (alone and through `uploadBatch`)
// and every method of the logger. Nothing escapes the call: the uploads go on
// and succeed, onProgress is not called again for that call, and its error is
// reported to logger.warn.
import { describe, expect, it } from 'vitest';
import { json, serve } from '../support/http-server.js';
import { MAGIC } from '../support/fixtures.js';
import { upload } from '../../src/operations/upload.js';
import { uploadBatch } from '../../src/operations/upload-batch.js';
import { clientOn, getMe, TRANSPORTS } from './setup.js';

const image = { id: 'img1', deletehash: 'del1', link: 'https://i.imgur.com/img1.gif' };
const bytes = new Uint8Array(300 * 1024);
bytes.set(MAGIC.gif89!.bytes);

describe.each(TRANSPORTS)('throwing callbacks (%s transport)', (transport) => {
  it('a throwing onProgress: the upload goes on and succeeds, onProgress is called once, the logger gets callback-failed', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, { data: image, success: true, status: 200 }));
    const { client, lines } = clientOn(transport, { baseUrl: url });
    let calls = 0;
    const data = await upload(
      client,
      bytes,
      {},
      {
        onProgress: () => {
          calls++;
          throw new Error('progress bar gone');
        },
      },
    );
    expect(data).toMatchObject({ deletehash: 'del1' });
    expect(calls).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.body.length).toBeGreaterThan(bytes.length);
    const reported = lines.filter((l) => l.includes('onProgress threw'));
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain('"event":"callback-failed"');
    expect(reported[0]).toMatch(/ POST \/3\/upload \(image\.uploadImage\): onProgress threw: progress bar gone$/);
  });

  it('a throwing onProgress through uploadBatch: every item uploaded, each reported once', async () => {
    const { url, seen } = await serve((_, res) => json(res, 200, { data: image, success: true, status: 200 }));
    const { client, lines } = clientOn(transport, { baseUrl: url });
    const { uploaded, failed } = await uploadBatch(client, [bytes, bytes, bytes, bytes], {
      concurrency: 2,
      onProgress: (index) => {
        throw new Error(`bar ${index} gone`);
      },
    });
    expect([uploaded.length, failed.length, seen.length]).toEqual([4, 0, 4]);
    expect(lines.filter((l) => l.includes('onProgress threw')).length).toBe(4);
  });

  it('a logger whose methods throw: calls answer as usual, with data or their ImgurError', async () => {
    const { url } = await serve((s, res) =>
      s.url.includes('fail')
        ? json(res, 500, { data: { error: 'down' }, success: false, status: 500 })
        : json(res, 200, { data: 'ok', success: true, status: 200 }, { Sunset: 'Wed, 01 Jan 2031 00:00:00 GMT' }),
    );
    const thrown = { debug: 0, warn: 0 };
    const broken = (level: keyof typeof thrown) => () => {
      thrown[level]++;
      throw new Error('log sink gone');
    };
    const logger = { debug: broken('debug'), warn: broken('warn') };
    const { client } = clientOn(transport, { baseUrl: url, logger, logLevel: 'debug', maxRetryDelayMs: 1 });
    expect(await getMe(client)).toBe('ok');
    const { error } = await getMe(clientOn(transport, { baseUrl: `${url}/fail`, logger, logLevel: 'debug', maxRetryDelayMs: 1 }).client).asResult();
    expect(error?.name).toBe('ImgurApiError');
    // The traces of each attempt and the deprecation warning went to the logger, which threw each time.
    expect(thrown.debug).toBeGreaterThanOrEqual(2);
    expect(thrown.warn).toBe(1);
  });
});
