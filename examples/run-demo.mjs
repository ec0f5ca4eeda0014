#!/usr/bin/env node
// pnpm demo — compiles the examples (type-checking them against the built
// packages), starts the mock server on a free 127.0.0.1 port, runs the
// quickstart against it and stops the server. Exit 0 when every step passed,
// 1 with the failing step named otherwise. Needs `pnpm build` first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const fail = (message) => {
  console.error(`demo failed: ${message}`);
  process.exitCode = 1;
};

const require = createRequire(import.meta.url);
const packages = ['core', 'account', 'album', 'comment', 'gallery', 'image', 'mock'].map((p) => `@imgur-ts/${p}`);
const unbuilt = packages.filter((name) => {
  try {
    return !existsSync(require.resolve(name));
  } catch {
    return true;
  }
});
if (unbuilt.length > 0) {
  fail(`${unbuilt.join(', ')} not built or not installed: run \`pnpm install && pnpm build\` first`);
  process.exit();
}

const tsc = spawnSync(process.execPath, [`${here}../scripts/tsc.mjs`, '-p', `${here}tsconfig.build.json`], { stdio: 'inherit' });
if (tsc.status !== 0) {
  fail('the examples do not compile (errors above)');
} else {
  await demo().catch((e) => fail(e instanceof Error ? e.message : String(e)));
}

async function demo() {
  const { startMockServer } = await import('@imgur-ts/mock');
  const { runQuickstart } = await import('./dist/quickstart.js');
  const mock = await startMockServer({ port: 0, host: '127.0.0.1' });
  console.log(`mock server listening on ${mock.url}`);
  try {
    const steps = await runQuickstart({ baseUrl: mock.url });
    console.log(`quickstart finished: ${steps} steps ok`);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  } finally {
    await mock.close();
    console.log(`mock server on port ${mock.port} closed`);
  }
}
