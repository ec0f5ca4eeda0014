import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Whether two paths name one location (symbolic links of the file or its folder followed). */
export function samePlace(a: string, b: string): boolean {
  const real = (path: string): string => {
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
  };
  return real(a) === real(b);
}
