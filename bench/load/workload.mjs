// The request mix of the load run and the calls behind each kind.
import { createHash } from 'node:crypto';
import { pngFor } from './png.mjs';
import { prng } from './stats.mjs';

/** Read kinds, drawn uniformly among the non-upload requests. */
export const READ_KINDS = ['getImage', 'getAlbum', 'getAccountImages'];

/** `count` request kinds: `upload` with probability `uploadShare`, else one of READ_KINDS; same seed, same plan. */
export function planRequests(count, uploadShare, seed) {
  const rand = prng(seed);
  return Array.from({ length: count }, () => (rand() < uploadShare ? 'upload' : READ_KINDS[Math.floor(rand() * READ_KINDS.length)]));
}

/**
 * Shared state of a run: every upload (its expected bytes' SHA-256) and the albums,
 * plus `perform(client, kind, signal)` which sends one request with the SDK.
 */
export function createWorkload({ sdk, albums, seed }) {
  const { upload, image, album, account } = sdk;
  const rand = prng(seed ^ 0x5eed);
  const uploads = [];
  let n = 0;
  const pick = (list) => list[Math.floor(rand() * list.length)];

  async function doUpload(client, signal) {
    const k = n++;
    const bytes = pngFor(k);
    const into = k % 4 === 0 ? pick(albums) : undefined; // a quarter of the uploads go into an album
    const img = await upload(client, bytes, { title: `load ${k}`, ...(into ? { album: into } : {}) }, { signal });
    if (!img.id || !img.link) throw new Error(`upload ${k}: answer without id or link`);
    uploads.push({ n: k, id: img.id, link: img.link, album: into ?? null, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }

  async function perform(client, kind, signal) {
    if (kind === 'upload') return doUpload(client, signal);
    if (kind === 'getImage') {
      const target = pick(uploads);
      const got = await image.getImage(client, { imageHash: target.id }, { signal });
      if (got.id !== target.id) throw new Error(`getImage ${target.id} answered ${got.id}`);
      return;
    }
    if (kind === 'getAlbum') {
      const target = pick(albums);
      const got = await album.getAlbum(client, { albumHash: target }, { signal });
      if (got.id !== target) throw new Error(`getAlbum ${target} answered ${got.id}`);
      return;
    }
    if (kind === 'getAccountImages') {
      const page = await account.getAccountImages(client, { perPage: 20 }, { signal });
      if (!Array.isArray(page) || page.length === 0) throw new Error('getAccountImages answered no images');
      return;
    }
    throw new Error(`unknown request kind ${kind}`);
  }

  return { uploads, perform, upload: doUpload };
}
