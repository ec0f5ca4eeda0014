/** A 1x1 transparent PNG, so uploads carry real image bytes. */
export const PNG_1X1_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * Source of a Node example (ESM JavaScript, as a user would write it) that
 * starts the mock server from `mockSpecifier` (default the installed
 * `@imgur-ts/mock`), uploads a PNG with the image
 * package's upload operation (`uploadName`), reads it back with `getImage`
 * and with core's `upload`, checks the answers and prints one JSON line.
 * Exits non-zero on any mismatch.
 */
export function exampleSource(uploadName: string, mockSpecifier = '@imgur-ts/mock'): string {
  return `import assert from 'node:assert/strict';
import { startMockServer } from ${JSON.stringify(mockSpecifier)};
import { createImgurClient, upload, ImgurApiError } from '@imgur-ts/core';
import { ${uploadName}, getImage } from '@imgur-ts/image';

const png = Buffer.from('${PNG_1X1_BASE64}', 'base64');
const mock = await startMockServer({ port: 0 });
try {
  const imgur = createImgurClient({ clientId: 'mock-client-id', baseUrl: mock.url });
  const uploaded = await ${uploadName}(imgur, { image: new Blob([png], { type: 'image/png' }), title: 'pack-check' });
  assert.equal(typeof uploaded.id, 'string');
  const image = await getImage(imgur, { imageHash: uploaded.id });
  assert.equal(image.id, uploaded.id);
  assert.equal(image.title, 'pack-check');
  const viaCore = await upload(imgur, new Uint8Array(png));
  assert.equal(typeof viaCore.link, 'string');
  const missing = await getImage(imgur, { imageHash: 'doesNotExist0' }).asResult();
  assert.ok(missing.error instanceof ImgurApiError, 'a missing image is an ImgurApiError');
  console.log(JSON.stringify({ ok: true, uploaded: uploaded.id, status: missing.error.status }));
} finally {
  await mock.close();
}
`;
}
