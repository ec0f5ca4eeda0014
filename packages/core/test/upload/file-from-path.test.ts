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
    await expect(fileFromPath('/dev/null')).rejects.toThrow('fileFromPath: cannot read "/dev/null": it is a character device, not a regular file; pass a stream instead.');
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

  // Opening a FIFO for reading waits for a writer on a thread of libuv's pool (4 by default): four such calls used to
  // hang every fs call and dns.lookup of the process. A child process keeps a regression from wedging the test runner.
  it('refuses a FIFO, a unix socket, /dev/zero and a directory without blocking: fs.readFile and dns.lookup still answer', async () => {
    const fifo = join(dir, 'pipe.png');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const folder = join(dir, 'folder.png');
    mkdirSync(folder, { recursive: true });
    const plain = join(dir, 'plain.gif');
    writeFileSync(plain, MAGIC.gif89!.bytes);
    const out = join(dir, 'thread-pool-child.mjs');
    await build({
      stdin: {
        contents: `import { fileFromPath } from './src/upload/file-from-path.ts';
          import { createServer } from 'node:net';
          import { readFile } from 'node:fs/promises';
          import { lookup } from 'node:dns/promises';
          const within = (p, what) => Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error(what + ' hung for 10 s')), 10_000).unref())]);
          const socket = ${JSON.stringify(join(dir, 'sock.png'))};
          const server = createServer();
          await new Promise((done) => server.listen(socket, done));
          const refusal = (path) => fileFromPath(path).then(() => ({ path, opened: true }), (e) => ({ path, name: e.name, message: e.message }));
          const paths = [...Array(8).fill(${JSON.stringify(fifo)}), socket, '/dev/zero', ${JSON.stringify(folder)}];
          const results = await within(Promise.all(paths.map(refusal)), 'fileFromPath');
          const bytes = (await within(readFile(${JSON.stringify(plain)}), 'fs.readFile')).length;
          const address = (await within(lookup('localhost'), 'dns.lookup')).address;
          const file = await within(fileFromPath(${JSON.stringify(plain)}), 'fileFromPath of a regular file');
          server.close();
          console.log(JSON.stringify({ results, bytes, address, size: file.size }));
          process.exit(0);`,
        resolveDir: join(dirname(fileURLToPath(import.meta.url)), '../..'),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'silent',
    });
    const child = spawnSync(process.execPath, [out], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, UV_THREADPOOL_SIZE: '4' } });
    expect(child.stderr).toBe('');
    const { results, bytes, address, size } = JSON.parse(child.stdout) as {
      results: { path: string; name?: string; message?: string }[];
      bytes: number;
      address: string;
      size: number;
    };
    expect(results.slice(0, 8)).toEqual(
      Array(8).fill({
        path: fifo,
        name: 'ImgurUploadError',
        message: `fileFromPath: cannot read "${fifo}": it is a named pipe (FIFO), not a regular file; pass a stream instead.`,
      }),
    );
    expect(results.slice(8).map((r) => [r.name, r.message?.replace(/.*": /, '')])).toEqual([
      ['ImgurUploadError', 'it is a socket, not a regular file; pass a stream instead.'],
      ['ImgurUploadError', 'it is a character device, not a regular file; pass a stream instead.'],
      ['ImgurUploadError', 'it is a directory, not a file (upload its files one by one, or with uploadBatch) (EISDIR).'],
    ]);
    expect(bytes).toBe(64);
    expect(address).toMatch(/^(127\.0\.0\.1|::1)$/);
    expect(size).toBe(64);
  });
});
