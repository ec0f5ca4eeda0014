// The root README's first example runs as printed against the mock as
// shipped (default seed), pointed at it the way the README says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockServer } from '@imgur-ts/mock';
import { describe, expect, it } from 'vitest';
import { extractDocSamples } from '../src/doc-samples.js';
import { repoRoot } from '../src/repo-root.js';
import { runDocSample } from '../src/run-doc-sample.js';

const root = repoRoot(fileURLToPath(new URL('.', import.meta.url)));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README first example', () => {
  it('prints the album it created, against the mock with the client and URL the README names', async () => {
    const [first] = extractDocSamples(root, 'README.md', readme);
    if (!first) throw new Error('README.md has no TypeScript example');
    const mock = await startMockServer({ port: 0, host: '127.0.0.1' });
    try {
      const port = mock.port;
      const command = /^(IMGUR_API_URL=\S+ IMGUR_CLIENT_ID=\S+) node app\.mjs$/m.exec(readme)?.[1];
      expect(command, 'the README says how to run the example against the mock').toBeDefined();
      const env = Object.fromEntries((command ?? '').split(' ').map((kv) => kv.split('=') as [string, string]));
      expect(env.IMGUR_API_URL).toBe('http://127.0.0.1:4010');
      const run = await runDocSample(first, fileURLToPath(new URL('../node_modules/.cache/quality-readme-run', import.meta.url)), {
        ...env,
        IMGUR_API_URL: `http://127.0.0.1:${port}`,
      });
      expect(run.stderr).toBe('');
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 0, stdout: 'Holiday 0\n' });
      expect(mock.snapshot()).toMatchObject({ albums: [expect.objectContaining({ title: 'Holiday' })] });
    } finally {
      await mock.close();
    }
  });
});
