import { definePageableOperation, defineOperation } from '@imgur-ts/core';

/** A 2×3 8-bit grayscale PNG (77 bytes). */
export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x08, 0x00, 0x00, 0x00, 0x00,
  0x9c, 0x81, 0x81, 0x5d, 0x00, 0x00, 0x00, 0x14, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x10, 0x68, 0xf8, 0xc0, 0xa0, 0x30, 0xe1, 0x3f, 0x83, 0x43, 0x02, 0x03, 0x00, 0x18,
  0xe7, 0x03, 0xd0, 0x58, 0xf9, 0x6b, 0xf3, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

/** `GET /3/image/{imageHash}` as the image package defines it. */
export const defineGetImage = () =>
  defineOperation<{ imageHash: string }, { id: string }>({
    id: 'image.getImage',
    method: 'GET',
    path: '/3/image/{imageHash}',
    security: ['clientId'],
    pathParams: ['imageHash'],
    envelope: true,
  });

/** `GET /3/account/{username}/images/{page}`, paged in the path. */
export const listImages = definePageableOperation<{ username: string; page?: number }, { id: string }[], { id: string }>({
  id: 'account.getAccountImages',
  method: 'GET',
  path: '/3/account/{username}/images/{page}',
  security: ['bearer'],
  pathParams: ['username', 'page'],
  envelope: true,
  paging: { style: 'path', param: 'page' },
});

/** `GET /3/account/me` (Bearer). */
export const getAccount = defineOperation<Record<string, never>, { url: string }>({
  id: 'account.getAccount',
  method: 'GET',
  path: '/3/account/me',
  security: ['bearer'],
  envelope: true,
});
