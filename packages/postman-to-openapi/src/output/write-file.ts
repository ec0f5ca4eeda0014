import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readlinkSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, type Stats, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConversionError } from '../errors.js';

/** One file to write: where (as the user named it) and what. */
export interface OutputFile {
  path: string;
  text: string;
}

const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'already exists',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a parent is not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EIO: 'input/output error',
};

/** A ConversionError naming the path and the cause of a file system error. */
function failure(path: string, error: unknown): ConversionError {
  const code = (error as NodeJS.ErrnoException).code;
  const cause = code ? `${CAUSES[code] ?? 'file system error'}, ${code}` : (error as Error).message;
  return new ConversionError(`${path}: cannot write (${cause})`, { cause: error });
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  return stats.isFile() ? 'a file' : 'not a regular file';
}

const statOrNull = (path: string, follow: boolean): Stats | undefined => {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

/** Where a file will go: the real path (symbolic links followed), its mode if it exists, and the folders to create. */
interface Target {
  file: OutputFile;
  real: string;
  mode: number;
  missing: string[];
}

/** Checks one destination without changing anything: an existing one must be a regular file, a new one needs a folder. */
/** Most symbolic links followed to where a link points, as the system's own limit (Linux: 40). */
const MAX_LINKS = 40;

/** Where a symbolic link whose target does not exist yet points: its links followed one by one (relative ones from their folder). */
function linkTarget(path: string, shown: string): string {
  let at = path;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    const stats = statOrNull(at, false);
    if (!stats?.isSymbolicLink()) return at;
    at = resolve(dirname(at), readlinkSync(at));
  }
  throw new ConversionError(`${shown}: cannot write (too many symbolic links, ELOOP)`);
}

function prepare(file: OutputFile): Target {
  const absolute = resolve(file.path);
  const link = statOrNull(absolute, false);
  if (link) {
    // Followed by stat itself (a link the kernel makes, such as /dev/stdout to a pipe, has no path to resolve).
    const stats = link.isSymbolicLink() ? statOrNull(absolute, true) : link;
    if (stats) {
      if (!stats.isFile()) throw new ConversionError(`${file.path}: is ${kindOf(stats)}, not a regular file; refusing to replace it`);
      return { file, real: link.isSymbolicLink() ? realpathSync(absolute) : absolute, mode: stats.mode & 0o7777, missing: [] };
    }
    // A link to a file not there yet: the file is made where the link points, as writing through the link would.
    return newFile(file, linkTarget(absolute, file.path));
  }
  return newFile(file, absolute);
}

/** A destination that does not exist yet: its folder must be one (the missing ones are listed to create). */
function newFile(file: OutputFile, absolute: string): Target {
  const missing: string[] = [];
  let folder = dirname(absolute);
  for (;;) {
    const stats = statOrNull(folder, true);
    if (stats) {
      if (!stats.isDirectory()) throw new ConversionError(`${file.path}: cannot write (${folder} is ${kindOf(stats)}, not a folder)`);
      break;
    }
    missing.unshift(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return { file, real: absolute, mode: 0o666, missing };
}

function writeTemp(target: Target): string {
  const temp = `${target.real}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', target.mode);
  try {
    const bytes = Buffer.from(target.file.text, 'utf8');
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  return temp;
}

/**
 * Writes several files as one step, as far as a file system allows: every destination is
 * checked first (an existing one must be a regular file: a device, FIFO or folder is refused,
 * never replaced; a symbolic link is followed), then missing folders are created (one at a
 * time, never recursively) and each text goes to a temp file beside its destination; only
 * when all are written are they renamed into place. On failure the temp files and created
 * folders are removed, no destination has changed, and a ConversionError names the path and
 * the cause (permission denied, no space left on device, ...).
 */
export function writeFiles(files: OutputFile[]): void {
  const targets = files.map((file) => {
    try {
      return prepare(file);
    } catch (error) {
      throw error instanceof ConversionError ? error : failure(file.path, error);
    }
  });
  const created: string[] = [];
  const temps: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const target of targets) {
      current = target.file.path;
      for (const folder of target.missing) {
        if (statOrNull(folder, true)) continue;
        mkdirSync(folder);
        created.push(folder);
      }
      temps.push(writeTemp(target));
    }
    targets.forEach((target, i) => {
      current = target.file.path;
      renameSync(temps[i] as string, target.real);
    });
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    for (const folder of created.reverse()) {
      try {
        rmdirSync(folder);
      } catch {
        // A folder someone else filled meanwhile stays.
      }
    }
    throw failure(current, error);
  }
}
