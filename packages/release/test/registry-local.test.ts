// `pnpm registry:local` as a newcomer uses it: start it, put the printed line in
// the .npmrc of an empty folder, npm install, run an app against the mock, Ctrl-C.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { consumerEnv } from '../src/consumer.js';
import { run } from '../src/exec.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const app = join(mkdtempSync(join(tmpdir(), 'registry-local-newcomer-')), 'app');
afterAll(() => rmSync(join(app, '..'), { recursive: true, force: true }));

const APP = `import { createImgurClient } from '@imgur-ts/core';
import { createAlbum, getAlbum } from '@imgur-ts/album';
import { startMockServer } from '@imgur-ts/mock';

const mock = await startMockServer({ port: 0 });
try {
  const imgur = createImgurClient({ clientId: 'mock-client-id', baseUrl: mock.url });
  const created = await createAlbum(imgur, { title: 'installed from the local registry' });
  const album = await getAlbum(imgur, { albumHash: created.id });
  console.log(JSON.stringify({ id: album.id, created: created.id, title: album.title }));
} finally {
  await mock.close();
}
`;

describe('pnpm registry:local', () => {
  it('serves the packages until Ctrl-C; the printed .npmrc line installs a working app into an empty folder', async () => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [join(root, 'scripts/registry-local.mjs'), '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: consumerEnv(process.env),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await Promise.race([
        new Promise<void>((resolve) => {
          const check = () => (out.includes('Serving until Ctrl-C.') ? resolve() : setTimeout(check, 200));
          check();
        }),
        exited.then((code) => {
          throw new Error(`registry:local exited (${code}) before serving:\n${err}`);
        }),
      ]);
      const line = /^@imgur-ts:registry=http:\/\/127\.0\.0\.1:\d+\/$/m.exec(out)?.[0];
      expect(line, out).toBeDefined();
      const url = (line as string).slice('@imgur-ts:registry='.length);
      expect(out).toContain('npm install @imgur-ts/core @imgur-ts/album');
      const served = Date.now();

      // The newcomer: an empty folder, the printed line, npm install, an app.
      run('mkdir', ['-p', app], { cwd: root });
      writeFileSync(join(app, '.npmrc'), `${line}\n`);
      run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '@imgur-ts/core', '@imgur-ts/album', '@imgur-ts/mock'], { cwd: app, env: consumerEnv(process.env) });
      writeFileSync(join(app, 'app.mjs'), APP);
      const printed = JSON.parse(run(process.execPath, ['app.mjs'], { cwd: app, timeoutMs: 60_000 }).stdout.trim()) as { id: string; created: string; title: string };
      expect(printed.title).toBe('installed from the local registry');
      expect(printed.id).toBe(printed.created);
      console.log(`registry:local served after ${((served - t0) / 1000).toFixed(1)} s; npm install and the app took ${((Date.now() - served) / 1000).toFixed(1)} s`);

      // Ctrl-C: exits 0 and the registry is gone.
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(err).toContain('stopped, storage removed');
      await expect(fetch(`${url}-/ping`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGTERM');
    }
  });
});
