import { describe, expect, it } from 'vitest';
import { normalizeUpload } from '../../src/upload/normalize-upload.js';
import { MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from '../../src/upload/upload-limits.js';
import { ImgurUploadError } from '../../src/errors/usage-errors.js';
import { MAGIC, UNKNOWN, toBase64 } from '../support/fixtures.js';

function sized(head: Uint8Array<ArrayBuffer>, size: number): Blob {
  return new Blob([head, new Uint8Array(size - head.length)]);
}

describe('normalizeUpload', () => {
  it('sends http(s) URLs as type=url', async () => {
    expect(await normalizeUpload('https://example.com/cat.jpg', 'w')).toEqual({ kind: 'url', value: 'https://example.com/cat.jpg', media: undefined });
    expect((await normalizeUpload('HTTP://example.com/x', 'w')).kind).toBe('url');
  });

  it('sends base64 and data URLs as type=base64 with the kind from the bytes', async () => {
    const b64 = toBase64(MAGIC.png!.bytes);
    expect(await normalizeUpload(b64, 'w')).toEqual({ kind: 'base64', value: b64, media: 'image' });
    expect(await normalizeUpload(`data:image/png;base64,${b64}`, 'w')).toEqual({ kind: 'base64', value: b64, media: 'image' });
    const mp4 = toBase64(MAGIC.mp4!.bytes);
    expect(await normalizeUpload(`${mp4.slice(0, 10)}\n${mp4.slice(10)}`, 'w')).toEqual({ kind: 'base64', value: mp4, media: 'video' });
  });

  it('rejects strings that are none of URL, data URL, base64', async () => {
    await expect(normalizeUpload('cat.jpg', 'op: field "image"')).rejects.toThrow(/op: field "image": string is neither/);
    await expect(normalizeUpload('', 'w')).rejects.toBeInstanceOf(ImgurUploadError);
    await expect(normalizeUpload('abcde', 'w')).rejects.toBeInstanceOf(ImgurUploadError);
    await expect(normalizeUpload('data:image/png,rawtext', 'w')).rejects.toThrow(/base64-encoded/);
  });

  it('points a string that looks like a file path to fileFromPath (but keeps the base64 of a JPEG, which starts with "/9j/")', async () => {
    for (const path of ['/home/me/cat.jpg', '/tmp/abcd', './cat.jpg', '../up/cat.png', '~/Pictures/a.gif', 'C:\\Users\\me\\a.png', 'file:///tmp/a.png']) {
      await expect(normalizeUpload(path, 'op: field "image"')).rejects.toThrow(
        `op: field "image": "${path}" looks like a file path; strings are uploaded as URLs or base64. On Node, pass fileFromPath(path) from "@imgur-ts/core/node" (or a stream) instead.`,
      );
    }
    const jpeg = btoa(String.fromCharCode(...MAGIC.jpeg!.bytes));
    expect(jpeg.startsWith('/9j/')).toBe(true);
    expect(await normalizeUpload(jpeg, 'w')).toMatchObject({ kind: 'base64', media: 'image' });
  });

  it('names and types a file after its detected type (never the file name)', async () => {
    const fromBytes = await normalizeUpload(MAGIC.gif89!.bytes, 'w');
    expect(fromBytes).toMatchObject({ kind: 'file', name: 'image.gif', media: 'image' });
    expect(fromBytes.kind === 'file' && fromBytes.type).toBe('image/gif');
    const misnamed = await normalizeUpload(new File([MAGIC.webm!.bytes], 'holiday.jpg', { type: 'image/jpeg' }), 'w');
    expect(misnamed).toMatchObject({ kind: 'file', name: 'holiday.jpg', media: 'video' });
    expect(misnamed.kind === 'file' && misnamed.type).toBe('video/webm');
    expect(await normalizeUpload(new File([MAGIC.png!.bytes], ''), 'w')).toMatchObject({ name: 'image.png' });
    expect(await normalizeUpload(MAGIC.avi!.bytes, 'w')).toMatchObject({ kind: 'file', name: 'video.msvideo', media: 'video' });
  });

  it('hands back the Blob as given (only its head is read) and bytes as a view of the same memory', async () => {
    const typed = new Blob([MAGIC.jpeg!.bytes], { type: 'image/jpeg' });
    const kept = await normalizeUpload(typed, 'w');
    expect(kept.kind === 'file' && kept.file).toBe(typed);
    const own = MAGIC.gif89!.bytes;
    const fromBytes = await normalizeUpload(own, 'w');
    expect(fromBytes.kind === 'file' && (fromBytes.file as Uint8Array).buffer).toBe(own.buffer);
  });

  it('checks the documented limits: images 10 MB, videos 200 MB', async () => {
    await expect(normalizeUpload(sized(MAGIC.png!.bytes, MAX_IMAGE_BYTES), 'w')).resolves.toMatchObject({ media: 'image' });
    await expect(normalizeUpload(sized(MAGIC.png!.bytes, MAX_IMAGE_BYTES + 1), 'w')).rejects.toThrow(/image\/png of 10485761 bytes exceeds Imgur's image limit of 10485760/);
    await expect(normalizeUpload(sized(MAGIC.mp4!.bytes, MAX_IMAGE_BYTES + 1), 'w')).resolves.toMatchObject({ media: 'video' });
    await expect(normalizeUpload(sized(MAGIC.mp4!.bytes, MAX_VIDEO_BYTES + 1), 'w')).rejects.toThrow(/video limit/);
    const bigB64 = toBase64(MAGIC.jpeg!.bytes.subarray(0, 63)) + 'A'.repeat(Math.ceil((MAX_IMAGE_BYTES * 4) / 3));
    await expect(normalizeUpload(bigB64, 'w')).rejects.toThrow(/image limit/);
  });

  it('rejects unrecognised bytes with the supported list', async () => {
    await expect(normalizeUpload(UNKNOWN, 'w')).rejects.toThrow(/unrecognised file type.*video\/mp4/);
    await expect(normalizeUpload(toBase64(UNKNOWN), 'w')).rejects.toThrow(/unrecognised/);
  });
});
