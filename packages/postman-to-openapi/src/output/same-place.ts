import { realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The path with `.`, `..` and symbolic links of the file or its folder resolved (as far as they exist). */
function real(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return resolve(realpathSync(dirname(absolute)), absolute.slice(dirname(absolute).length + 1));
    } catch {
      return absolute;
    }
  }
}

/** Whether two existing paths are one file (hard links included); false when either cannot be read. */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a, { bigint: true });
    const y = statSync(b, { bigint: true });
    return x.ino !== 0n && x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/** Whether two paths name one location (symbolic links of the file or its folder followed, hard links of a file too). */
export function samePlace(a: string, b: string): boolean {
  return real(a) === real(b) || sameFile(a, b);
}
