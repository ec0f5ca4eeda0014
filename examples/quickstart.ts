// A tour of the imgur-ts SDK against an Imgur-compatible server (the mock by default).
//
//   pnpm demo                                    starts a mock, runs this, stops the mock
//   node examples/dist/quickstart.js <url>       against a mock you started (`imgur-mock --port 4010`)
//
// Credentials default to the mock's default seed; IMGUR_CLIENT_ID, IMGUR_CLIENT_SECRET,
// IMGUR_ACCESS_TOKEN and IMGUR_REFRESH_TOKEN override them. Step 13 expires tokens
// through the mock's test hook, so the whole tour only runs against the mock.
import * as account from '@imgur-ts/account';
import * as album from '@imgur-ts/album';
import * as comment from '@imgur-ts/comment';
import { createEtagCache, createImgurClient, getCredits, ImgurApiError, paginate, upload, type ImgurTokens } from '@imgur-ts/core';
import * as gallery from '@imgur-ts/gallery';
import * as image from '@imgur-ts/image';
import { pathToFileURL } from 'node:url';
import { check, redact, stepper, type Print } from './lib/report.js';
import { tinyPng } from './lib/tiny-png.js';

/** Where to connect and as whom. */
export interface QuickstartOptions {
  readonly baseUrl: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly accessToken?: string;
  readonly refreshToken?: string;
  readonly print?: Print;
}

/** Runs every step in order; rejects with the failing step named. Resolves to the number of steps. */
export async function runQuickstart(options: QuickstartOptions): Promise<number> {
  const { baseUrl, print = console.log } = options;
  const env = process.env;
  const clientId = options.clientId ?? env.IMGUR_CLIENT_ID ?? 'mock-client-id';
  const clientSecret = options.clientSecret ?? env.IMGUR_CLIENT_SECRET ?? 'mock-client-secret';
  const accessToken = options.accessToken ?? env.IMGUR_ACCESS_TOKEN ?? 'mock-access-token';
  const refreshToken = options.refreshToken ?? env.IMGUR_REFRESH_TOKEN ?? 'mock-refresh-token';
  const { step, count } = stepper(print);

  // 1. Anonymous calls need only the app's Client-ID.
  const anon = createImgurClient({ baseUrl, clientId });
  await step('client with a Client-ID', async () => [`base URL ${baseUrl}, Client-ID ${clientId}`]);

  // 2-5. Anonymous upload from bytes; Imgur hands back a deletehash, the only way to edit it later.
  const png = tinyPng(3, 2, [255, 96, 0]);
  let anonId = '';
  let deletehash = '';
  await step('anonymous upload from bytes', async () => {
    const up = await upload(anon, png, { title: 'quickstart', description: 'made in memory' });
    [anonId, deletehash] = [up.id, up.deletehash ?? ''];
    check(deletehash !== '', 'an anonymous upload returns a deletehash');
    return [`id ${up.id}, ${up.type} ${up.width}x${up.height}, ${png.length} bytes, deletehash ${redact(deletehash)}`];
  });
  await step('get the image', async () => {
    const got = await image.getImage(anon, { imageHash: anonId });
    const served = new Uint8Array(await (await fetch(got.link)).arrayBuffer());
    check(Buffer.from(served).equals(Buffer.from(png)), 'the link serves the uploaded bytes');
    return [`id ${got.id} title "${got.title}" at ${got.link} (same ${served.length} bytes)`];
  });
  await step('update the title via the deletehash', async () => {
    await image.updateImage(anon, { imageHash: deletehash, title: 'quickstart (renamed)' });
    const got = await image.getImage(anon, { imageHash: anonId });
    check(got.title === 'quickstart (renamed)', 'the new title is stored');
    return [`id ${got.id} title is now "${got.title}"`];
  });
  await step('delete via the deletehash', async () => {
    check((await image.deleteImage(anon, { imageHash: deletehash })) === true, 'delete answers true');
    return [`id ${anonId} deleted`];
  });

  // 6. A signed-in client: user tokens plus the secret so it can refresh; onTokens sees every rotation.
  const rotations: ImgurTokens[] = [];
  const user = createImgurClient({
    baseUrl,
    clientId,
    clientSecret,
    accessToken,
    refreshToken,
    etagCache: createEtagCache(),
    onTokens: (t) => void rotations.push(t),
  });
  let first = '';
  await step('signed-in upload into a new album', async () => {
    const me = await account.getSettings(user);
    const created = await album.createAlbum(user, { title: 'Quickstart album' });
    const blue = await upload(user, tinyPng(2, 2, [0, 128, 255]), { album: created.id, title: 'blue' });
    const green = await upload(user, tinyPng(2, 2, [0, 200, 80]), { album: created.id, title: 'green' });
    const listed = await album.getAlbumImages(user, { albumHash: created.id });
    check(listed.map((i) => i.id).join() === [blue.id, green.id].join(), 'the album lists both uploads in order');
    first = blue.id;
    return [`signed in as ${me.account_url}; album ${created.id} holds ${listed.map((i) => `${i.id} "${i.title}"`).join(', ')}`];
  });

  // 7. paginate() walks page after page (here 2 per page) and stops on an empty page.
  await step('page through account images with paginate', async () => {
    for (let i = 0; i < 3; i++) await upload(user, tinyPng(1, 1, [i * 80, 0, 0]), { title: `extra ${i + 1}` });
    const sizes: number[] = [];
    const ids = new Set<string>();
    for await (const page of paginate(user, account.getAccountImages, { perPage: 2 }).pages()) {
      sizes.push(page.items.length);
      for (const item of page.items) ids.add(item.id);
    }
    check(ids.size === 5, `5 account images, got ${ids.size}`);
    return [`${sizes.length} pages of ${sizes.join(' + ')} = ${ids.size} distinct images`];
  });

  await step('favorite an image', async () => [`${first}: ${await image.favoriteImage(user, { imageHash: first })}`]);

  await step('comment and reply', async () => {
    const top = await comment.createComment(user, { image_id: first, comment: 'What a colour!' });
    const reply = await comment.createReply(user, { commentId: String(top.id), image_id: first, comment: 'Thanks!' });
    const thread = await comment.getReplies(user, { commentId: String(top.id) });
    check(
      (thread.children ?? []).some((c) => c.id === reply.id),
      'the reply is in the thread',
    );
    return [`comment ${top.id} "${thread.comment}" by ${thread.author}, reply ${reply.id} "${thread.children?.[0]?.comment}"`];
  });

  await step('share to the gallery and vote', async () => {
    await gallery.shareImage(user, { imageHash: first, title: 'Blue square', tags: 'quickstart', terms: 1 });
    await gallery.voteGalleryItem(user, { galleryHash: first, vote: 'up' });
    const votes = await gallery.getGalleryItemVotes(user, { galleryHash: first });
    check(votes.ups === 1, 'one up vote');
    return [`${first} in the gallery: ${votes.ups} up, ${votes.downs} down`];
  });

  // 11. Every result can carry the raw Response and the parsed rate-limit headers.
  await step('credits and rate-limit headers', async () => {
    const credits = await getCredits(anon).withResponse();
    const post = await upload(anon, tinyPng(1, 1, [9, 9, 9])).withResponse();
    const spent = (credits.rateLimit.clientRemaining ?? 0) - (post.rateLimit.clientRemaining ?? 0);
    return [
      `credits: client ${credits.data.ClientRemaining}/${credits.data.ClientLimit}, user ${credits.data.UserRemaining}/${credits.data.UserLimit} (HTTP ${credits.response.status})`,
      `an upload cost ${spent} credits; POST budget ${post.rateLimit.postRemaining}/${post.rateLimit.postLimit}`,
    ];
  });

  // 12. Errors: exceptions are ImgurApiError; .asResult() never rejects.
  await step('errors: exception and result styles', async () => {
    let thrown = 'nothing thrown';
    try {
      await image.getImage(anon, { imageHash: anonId });
    } catch (e) {
      if (!(e instanceof ImgurApiError)) throw e;
      thrown = `ImgurApiError ${e.status}: ${e.message}`;
    }
    const result = await image.getImage(anon, { imageHash: anonId }).asResult();
    check(result.error instanceof ImgurApiError && result.error.status === 404, 'the result carries a 404');
    return [`throws ${thrown}`, `asResult() → { data: ${String(result.data)}, error: ${result.error?.name} ${result.response?.status} }`];
  });

  // 13. An access token that stops working is refreshed once and the call replayed.
  await step('expired token refreshed transparently', async () => {
    const hook = await fetch(`${baseUrl}/__mock/expire-tokens`, { method: 'POST' });
    check(hook.ok, `the mock's expire-tokens hook answers (HTTP ${hook.status})`);
    const settings = await account.getSettings(user);
    const latest = rotations.at(-1);
    check(rotations.length === 1 && latest !== undefined && latest.access_token !== accessToken, 'onTokens saw one new pair');
    return [
      `access ${redact(accessToken)} → ${redact(latest?.access_token)}, refresh ${redact(refreshToken)} → ${redact(latest?.refresh_token)}`,
      `getSettings still answered for ${settings.account_url}`,
    ];
  });

  // 14. With etagCache on, a repeated GET sends If-None-Match and a 304 is served from the cache.
  await step('ETag: a 304 served from the cache', async () => {
    const a = await image.getImage(user, { imageHash: first }).withResponse();
    const b = await image.getImage(user, { imageHash: first }).withResponse();
    check(b.response.status === 304 && b.data.id === a.data.id, 'the second GET is a 304 with the cached data');
    return [`HTTP ${a.response.status} then ${b.response.status}, same image ${b.data.id} "${b.data.title}"`];
  });
  return count();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.argv[2] ?? process.env.IMGUR_BASE_URL;
  if (!baseUrl) {
    console.error('usage: node quickstart.js <mock-url>   (or set IMGUR_BASE_URL)');
    process.exit(2);
  }
  runQuickstart({ baseUrl }).then(
    (n) => console.log(`quickstart finished: ${n} steps ok`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
