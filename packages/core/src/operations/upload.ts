import type { Image } from '@imgur-ts/models';
import type { CallOptions } from '../types/call-options.js';
import type { ImgurClient } from '../types/client.js';
import type { OperationMeta } from '../types/operation-meta.js';
import type { UploadSource } from '../types/upload-source.js';
import type { ImgurPromise } from '../call/imgur-promise.js';
import { defineUploadOperation } from '../client/define-upload-operation.js';

/** Optional fields of an upload. */
export interface UploadFields {
  /** Album ID, or the album deletehash for anonymous albums. */
  readonly album?: string;
  /** File name (defaults to the File's name, else one derived from the detected type). */
  readonly name?: string;
  readonly title?: string;
  readonly description?: string;
  /** `1` strips the audio track of a video. */
  readonly disable_audio?: 0 | 1;
}

/** The uploaded image or video: the generated `Image` model of `@imgur-ts/models`, as `uploadImage` returns it. */
export type UploadedImage = Image;

/** Metadata of `POST /3/upload` (Image Upload), 10 credits. */
export const UPLOAD_META: OperationMeta = {
  id: 'image.uploadImage',
  method: 'POST',
  path: '/3/upload',
  security: ['bearer', 'clientId'],
  body: { encoding: 'multipart', fields: ['image', 'video', 'type', 'album', 'name', 'title', 'description', 'disable_audio'], binary: ['image', 'video'] },
  envelope: true,
  credits: 10,
};

const uploadOperation = /* @__PURE__ */ defineUploadOperation<UploadFields & { readonly image: UploadSource }, UploadedImage>(UPLOAD_META);

/**
 * Uploads an image or video to `POST /3/upload`: Blob/File, bytes, streams,
 * an http(s) URL (`type=url`) or base64 / data URL (`type=base64`). Videos are
 * recognised from their bytes and sent as `video`. Checks size limits first
 * (`ImgurUploadError`). Anonymous with a Client ID (keep `deletehash`), to the
 * account with a user token. Costs 10 credits.
 */
export function upload(client: ImgurClient, source: UploadSource, fields: UploadFields = {}, options?: CallOptions): ImgurPromise<UploadedImage> {
  return uploadOperation(client, { ...fields, image: source }, options);
}
