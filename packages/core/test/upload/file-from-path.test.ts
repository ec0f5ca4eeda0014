import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFromPath } from '../../src/upload/file-from-path.js';
import { normalizeUpload } from '../../src/upload/normalize-upload.js';
import { ImgurUploadError } from '../../src/errors/usage-errors.js';
import { MAGIC } from '../support/fixtures.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'imgur-core-node-'));
  chmodSync(dir, 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fileFromPath (@imgur-ts/core/node)', () => {
  it('opens a file as a File named after it, typed later from its bytes', async () => {
    const path = join(dir, 'holiday.jpg');
    writeFileSync(path, MAGIC.gif89!.bytes);
    const file = await fileFromPath(path);
    expect(file.name).toBe('holiday.jpg');
    expect(file.size).toBe(64);
    expect(await normalizeUpload(file, 'w')).toMatchObject({ kind: 'file', name: 'holiday.jpg', media: 'image' });
  });

  it('names the path and the cause of a missing file (ENOENT)', async () => {
    const path = join(dir, 'does-not-exist.png');
    const error = await fileFromPath(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImgurUploadError);
    expect((error as Error).message).toBe(`fileFromPath: cannot read "${path}": no such file (ENOENT).`);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('names a directory as such (EISDIR), and a path through a file (ENOTDIR)', async () => {
    const folder = join(dir, 'photos');
    mkdirSync(folder, { recursive: true });
    await expect(fileFromPath(folder)).rejects.toThrow(
      `fileFromPath: cannot read "${folder}": it is a directory, not a file (upload its files one by one, or with uploadBatch) (EISDIR).`,
    );
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    await expect(fileFromPath(join(file, 'inner.png'))).rejects.toThrow(/cannot read ".*plain\.txt\/inner\.png": a part of the path is not a directory \(ENOTDIR\)/);
  });

  it('names a symlink loop (ELOOP) and a device that is not a regular file', async () => {
    const loop = join(dir, 'loop');
    symlinkSync(loop, loop);
    await expect(fileFromPath(loop)).rejects.toThrow(/too many symbolic links \(ELOOP\)/);
    await expect(fileFromPath('/dev/null')).rejects.toThrow('fileFromPath: cannot read "/dev/null": it is not a regular file (a device, socket or pipe); pass a stream instead.');
  });

  // Root reads every file, so the unreadable case runs in a child process as an unprivileged user (or as this user when it is not root).
  it('names a file this process may not read (EACCES)', async () => {
    const secret = join(dir, 'secret.png');
    writeFileSync(secret, MAGIC.png!.bytes);
    chmodSync(secret, 0o600);
    const root = process.getuid?.() === 0;
    if (root) chownSync(secret, 0, 0);
    else chmodSync(secret, 0o000);
    const out = join(dir, 'child.mjs');
    await build({
      stdin: {
        contents: `import { fileFromPath } from './src/upload/file-from-path.ts';
          fileFromPath(${JSON.stringify(secret)}).then(() => console.log('opened'), (e) => console.log(JSON.stringify({ name: e.name, message: e.message })));`,
        resolveDir: join(dirname(fileURLToPath(import.meta.url)), '../..'),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'silent',
    });
    chmodSync(out, 0o644);
    const child = spawnSync(process.execPath, [out], { encoding: 'utf8', timeout: 20_000, ...(root ? { uid: 65534, gid: 65534 } : {}) });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({
      name: 'ImgurUploadError',
      message: `fileFromPath: cannot read "${secret}": permission denied (the file is not readable by this process) (EACCES).`,
    });
  });
});
