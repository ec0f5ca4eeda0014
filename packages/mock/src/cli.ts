#!/usr/bin/env node
import { parseArgs, USAGE } from './cli/cli-args.js';
import { startMockServer } from './server.js';

/** `imgur-mock`: starts the server, prints its URL, stops on SIGINT/SIGTERM. Exits 2 on bad arguments, 1 when it cannot start. */
async function main(): Promise<void> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`imgur-mock: ${(e as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  try {
    const server = await startMockServer(opts);
    process.stdout.write(`imgur-mock listening on ${server.url}\n`);
    const stop = (): void => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (e) {
    process.stderr.write(`imgur-mock: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

void main();
