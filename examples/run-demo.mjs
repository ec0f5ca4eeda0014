#!/usr/bin/env node
// pnpm demo — compiles the examples (type-checking them against the built
// packages), starts the mock server on a free 127.0.0.1 port, runs the
// quickstart against it and stops the server. Exit 0 when every step passed,
// 1 with the failing step named otherwise. Needs `pnpm build` first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const fail = (message) => {
  console.error(`demo failed: ${message}`);
  process.exitCode = 1;
};

const tsc = spawnSync(process.execPath, [`${here}../scripts/tsc.mjs`, '-p', `${here}tsconfig.build.json`], { stdio: 'inherit' });
if (tsc.status !== 0) {
  fail('the examples do not compile (errors above)');
} else {
  let startMockServer;
  try {
    ({ startMockServer } = await import('@imgur-ts/mock'));
  } catch (e) {
    fail(`cannot load @imgur-ts/mock (run \`pnpm build\` first): ${e.message}`);
  }
  if (startMockServer) await demo(startMockServer);
}

async function demo(startMockServer) {
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
