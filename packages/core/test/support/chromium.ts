import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

/** The browser build of core (`src/index.browser.ts`) as one IIFE script that sets `globalThis.ImgurCore`. */
export async function browserBundle(): Promise<string> {
  const entry = join(dirname(fileURLToPath(import.meta.url)), '../../src/index.browser.ts');
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: 'ImgurCore', platform: 'browser', write: false });
  return out.outputFiles[0]!.text;
}

/** Headless Chromium from the system (`/usr/bin/chromium`, installed by scripts/ensure-chromium.sh), without background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
