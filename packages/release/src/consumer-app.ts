/**
 * Source of the consumer app (TypeScript, as a user writes it): starts the
 * installed `@imgur-ts/mock`, creates an album with `@imgur-ts/album` through
 * a `@imgur-ts/core` client, reads it back and prints one JSON line. Throws
 * (exit non-zero) when the answer is not the album it created.
 */
export const CONSUMER_APP = `import { createImgurClient } from '@imgur-ts/core';
import { createAlbum, getAlbum } from '@imgur-ts/album';
import { startMockServer } from '@imgur-ts/mock';

const mock = await startMockServer({ port: 0 });
try {
  const imgur = createImgurClient({ clientId: 'mock-client-id', baseUrl: mock.url });
  const created = await createAlbum(imgur, { title: 'release rehearsal' });
  const album = await getAlbum(imgur, { albumHash: created.id });
  if (album.id !== created.id || album.title !== 'release rehearsal') {
    throw new Error(\`unexpected album: \${JSON.stringify(album)}\`);
  }
  console.log(JSON.stringify({ ok: true, album: album.id, title: album.title }));
} finally {
  await mock.close();
}
`;

/**
 * Source of a second consumer file that calls `getAlbumImage`, the operation
 * the rehearsal's breaking spec change removes: it type-checks against the
 * first release and must stop type-checking after the major bump.
 */
export const USES_REMOVED_OPERATION = `import { createImgurClient } from '@imgur-ts/core';
import { getAlbumImage } from '@imgur-ts/album';

const imgur = createImgurClient({ clientId: 'mock-client-id' });
export const image = getAlbumImage(imgur, { albumHash: 'a', imageHash: 'b' });
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
