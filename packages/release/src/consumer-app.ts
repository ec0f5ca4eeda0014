/**
 * Source of the consumer app (TypeScript, as a user writes it): starts the
 * installed `@imgur-ts/mock`, creates an album with `@imgur-ts/album` through
 * a `@imgur-ts/core` client, reads it back, asks `@imgur-ts/comment` for a
 * comment with the same client (the mock answers 404; a client from another
 * copy of core would be refused as "Not an Imgur client") and prints one JSON
 * line. Throws (exit non-zero) when the answer is not the album it created.
 */
export const CONSUMER_APP = `import { createImgurClient } from '@imgur-ts/core';
import { createAlbum, getAlbum } from '@imgur-ts/album';
import { getComment } from '@imgur-ts/comment';
import { startMockServer } from '@imgur-ts/mock';

const mock = await startMockServer({ port: 0 });
try {
  const imgur = createImgurClient({ clientId: 'mock-client-id', baseUrl: mock.url });
  const created = await createAlbum(imgur, { title: 'release rehearsal' });
  const album = await getAlbum(imgur, { albumHash: created.id });
  if (album.id !== created.id || album.title !== 'release rehearsal') {
    throw new Error(\`unexpected album: \${JSON.stringify(album)}\`);
  }
  const comment = await getComment(imgur, { commentId: '1' }).then(
    () => 'found',
    (e: unknown) => (e instanceof Error ? \`\${e.name}: \${e.message}\` : String(e)),
  );
  if (!comment.startsWith('ImgurApiError')) throw new Error(\`@imgur-ts/comment did not take the client: \${comment}\`);
  console.log(JSON.stringify({ ok: true, album: album.id, title: album.title }));
} finally {
  await mock.close();
}
`;

/**
 * Source of a second consumer program that uses what the rehearsal's breaking
 * spec change removes, in each way users see it: the `getAlbumImage` function
 * of `@imgur-ts/album`, its route through `rawClient` of `@imgur-ts/core`
 * (typed by `@imgur-ts/client`'s `paths`), and the mock's route. It compiles
 * and runs against the first release and after every update `^` ranges
 * install; it must stop compiling after the major updates.
 */
export const USES_REMOVED_OPERATION = `import { createImgurClient, rawClient } from '@imgur-ts/core';
import { createAlbum, getAlbumImage } from '@imgur-ts/album';
import { startMockServer } from '@imgur-ts/mock';

const mock = await startMockServer({ port: 0 });
try {
  const imgur = createImgurClient({ clientId: 'mock-client-id', baseUrl: mock.url });
  const album = await createAlbum(imgur, { title: 'removed operation' });
  const path = { albumHash: album.id, imageHash: 'missing' };
  const raw = await rawClient(imgur).GET('/3/album/{albumHash}/image/{imageHash}', { params: { path } });
  const viaFunction = await getAlbumImage(imgur, path).then(
    () => 'found',
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
  const answers = \`\${JSON.stringify(raw.error ?? raw.data)} \${viaFunction}\`;
  if (answers.includes('No route')) throw new Error(\`the mock no longer serves the route: \${answers}\`);
  console.log(JSON.stringify({ ok: true, status: raw.response.status }));
} finally {
  await mock.close();
}
`;

/** tsconfig of the consumer app: strict, NodeNext, library types checked too. */
export function consumerTsconfig(files: readonly string[], noEmit: boolean): string {
  return `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: false,
        types: ['node'],
        rootDir: 'src',
        outDir: 'dist',
        noEmit,
      },
      files,
    },
    null,
    2,
  )}\n`;
}
