import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import atomic from 'write-file-atomic';

/** Writes a file atomically (write-file-atomic: a temp file in the same folder, then rename); nothing is left on failure. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  atomic.sync(path, text);
}
