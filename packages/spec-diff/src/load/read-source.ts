import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, expected a JSON file',
};

/** Where a document comes from: a file, or a path at a git revision. */
export type Source = { readonly file: string } | { readonly rev: string; readonly path: string };

/**
 * Reads the text of a source: a file from disk, or `git show <rev>:<path>`
 * run in `cwd`. A revision may not start with `-` (it would be an option).
 * @throws Error naming the source when it cannot be read.
 */
export async function readSource(source: Source, cwd: string): Promise<string> {
  if ('file' in source) {
    try {
      return await readFile(source.file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      throw new Error(`cannot read ${source.file}: ${REASONS[code] ?? (e as Error).message}`);
    }
  }
  if (source.rev === '' || source.rev.startsWith('-')) throw new Error(`invalid git revision "${source.rev}"`);
  const spec = `${source.rev}:${source.path}`;
  return new Promise((resolve, reject) => {
    execFile('git', ['show', spec], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`cannot read ${spec} from git: ${stderr.trim() || err.message}`));
      else resolve(stdout);
    });
  });
}

/**
 * Turns a command-line argument into a source: an existing file wins; else
 * `rev:path` (e.g. `HEAD~1:spec/openapi.json`) is a git revision; else a file
 * (which will then fail to read with a clear message).
 */
export function parseSource(arg: string, cwd: string): Source {
  const colon = arg.indexOf(':');
  const file = resolve(cwd, arg);
  if (!existsSync(file) && colon > 0 && colon < arg.length - 1) {
    return { rev: arg.slice(0, colon), path: arg.slice(colon + 1) };
  }
  return { file };
}
