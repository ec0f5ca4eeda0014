/// <reference types="node" />
// Opens a file for `upload` on Node (the `@imgur-ts/core/node` entry).
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { ImgurUploadError } from '../errors/usage-errors.js';

/**
 * Opens a file as a `File` for `upload` without reading it into memory first
 * (Node 20+, `fs.openAsBlob`). The upload still detects the type from the
 * bytes. Throws `ImgurUploadError` when the file cannot be opened.
 */
export async function fileFromPath(path: string): Promise<File> {
  let blob: Blob;
  try {
    blob = await openAsBlob(path);
  } catch (error) {
    throw new ImgurUploadError(`fileFromPath: cannot open ${path}: ${(error as Error).message}`, { cause: error });
  }
  return new File([blob], basename(path));
}
