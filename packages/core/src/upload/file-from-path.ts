/// <reference types="node" />
// Opens a file for `upload` on Node (the `@imgur-ts/core/node` entry).
import { constants, openAsBlob, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
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

/** The kind of a file that is not a regular one, for the error message. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'another kind of file';
}

/**
 * Opens a file as a `File` for `upload` without reading it into memory first
 * (Node 20+, `fs.openAsBlob`): it is read as it is sent, with its size known
 * (`Content-Length`). The upload still detects the type from the bytes.
 * Throws `ImgurUploadError` naming the path and the cause (`ENOENT`,
 * `EACCES`, a directory, …) when it cannot be read, before anything is sent.
 * Only regular files (or links to one) are accepted: a FIFO, socket,
 * device or directory is refused from its `stat` before it is opened, and
 * the open that checks read permission does not block (`O_NONBLOCK`), so no
 * path can hold a thread of Node's pool; pass a stream for such sources.
 */
export async function fileFromPath(path: string): Promise<File> {
  let blob: Blob;
  try {
    // stat never waits for a writer, as opening a FIFO for reading does (and holds a pool thread until one comes).
    const before = await stat(path);
    if (!before.isFile()) throw notRegular(before);
    // Opening checks that this process may read it; O_NONBLOCK in case the path was swapped for a FIFO since the stat.
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const opened = await handle.stat();
      if (!opened.isFile()) throw notRegular(opened);
    } finally {
      await handle.close();
    }
    blob = await openAsBlob(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = (code && CAUSES[code]) ?? (code === 'ENOTFILE' ? `it is ${(error as Error).message}, not a regular file; pass a stream instead` : (error as Error).message);
    throw new ImgurUploadError(`fileFromPath: cannot read "${path}": ${why}${code && code !== 'ENOTFILE' ? ` (${code})` : ''}.`, { cause: error });
  }
  return new File([blob], basename(path));
}

function notRegular(stats: Stats): Error {
  return Object.assign(new Error(kindOf(stats)), { code: stats.isDirectory() ? 'EISDIR' : 'ENOTFILE' });
}
