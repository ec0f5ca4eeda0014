/// <reference types="node" />
// Opens a file for `upload` on Node (the `@imgur-ts/core/node` entry).
import { openAsBlob } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { ImgurUploadError } from '../errors/usage-errors.js';

/** What the usual `open` failures mean, by error code. */
const CAUSES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied (the file is not readable by this process)',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory, not a file (upload its files one by one, or with uploadBatch)',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files in this process',
};

/**
 * Opens a file as a `File` for `upload` without reading it into memory first
 * (Node 20+, `fs.openAsBlob`): it is read as it is sent, with its size known
 * (`Content-Length`). The upload still detects the type from the bytes.
 * Throws `ImgurUploadError` naming the path and the cause (`ENOENT`,
 * `EACCES`, a directory, …) when it cannot be read, before anything is sent.
 */
export async function fileFromPath(path: string): Promise<File> {
  let blob: Blob;
  try {
    // Opening checks that this process may read it; a directory opens too, so its kind is checked.
    const handle = await open(path, 'r');
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) throw Object.assign(new Error(`not a regular file`), { code: stat.isDirectory() ? 'EISDIR' : 'ENOTFILE' });
    } finally {
      await handle.close();
    }
    blob = await openAsBlob(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = (code && CAUSES[code]) ?? (code === 'ENOTFILE' ? 'it is not a regular file (a device, socket or pipe); pass a stream instead' : (error as Error).message);
    throw new ImgurUploadError(`fileFromPath: cannot read "${path}": ${why}${code && code !== 'ENOTFILE' ? ` (${code})` : ''}.`, { cause: error });
  }
  return new File([blob], basename(path));
}
