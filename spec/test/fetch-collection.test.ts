import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, fetchCollection, FetchCollectionError, formatCollection, main, parseArgs, validateCollection } from '../../scripts/lib/fetch-collection.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/fetch-collection.mjs', import.meta.url));
const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const V20 = 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json';
const TINY = { info: { name: 'Tiny', schema: V21 }, item: [{ name: 'F', item: [{ name: 'R', request: { method: 'GET', url: 'https://x.test/a' } }] }] };

// given -> want: validateCollection
const VALID: ReadonlyArray<readonly [string, unknown, number]> = [
  ['v2.1 with a folder', TINY, 1],
  [
    'v2.0, flat',
    {
      info: { name: 'Old', schema: V20 },
      item: [
        { name: 'A', request: 'https://x.test' },
        { name: 'B', request: 'https://x.test' },
      ],
    },
    2,
  ],
  ['v2.1 on schema.postman.com', { info: { name: 'New', schema: 'https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json' }, item: [] }, 0],
];
const INVALID: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['not JSON', '{"info": ', /^src\.json: not valid JSON/],
  ['empty file', '', /^src\.json: not valid JSON/],
  ['an array', '[]', /^src\.json: not a Postman collection \(top level is not an object\)$/],
  ['no info.schema', JSON.stringify({ info: { name: 'x' }, item: [] }), /info\.schema is missing/],
  [
    'v1 schema',
    JSON.stringify({ info: { name: 'x', schema: 'https://schema.getpostman.com/json/collection/v1.0.0/collection.json' }, item: [] }),
    /unsupported info\.schema ".*v1\.0\.0.*" \(want Postman collection v2\.0 or v2\.1\)/,
  ],
  ['OpenAPI instead', JSON.stringify({ openapi: '3.1.0', info: { title: 'x' } }), /info\.schema is missing/],
  ['no item array', JSON.stringify({ info: { name: 'x', schema: V21 }, item: {} }), /item is not an array/],
  ['no name', JSON.stringify({ info: { schema: V21 }, item: [] }), /info\.name is missing/],
];
// given -> want: parseArgs
const ARGS: ReadonlyArray<readonly [readonly string[], { source: string; out: string; timeoutMs: number }]> = [
  [['https://x.test/c.json'], { source: 'https://x.test/c.json', out: '/repo/spec/c.json', timeoutMs: DEFAULT_TIMEOUT_MS }],
  [['in.json', '--out', 'o.json'], { source: 'in.json', out: '/cwd/o.json', timeoutMs: DEFAULT_TIMEOUT_MS }],
  [['--timeout-ms=250', 'in.json', '--out=/abs/o.json'], { source: 'in.json', out: '/abs/o.json', timeoutMs: 250 }],
];
const BAD_ARGS: ReadonlyArray<readonly [readonly string[], RegExp]> = [
  [[], /^missing source; usage: /],
  [['a', 'b'], /^unexpected argument "b"/],
  [['a', '--out'], /^--out needs a value/],
  [['a', '--timeout-ms', '0'], /^--timeout-ms must be a positive integer, got "0"$/],
  [['a', '--timeout-ms', '1.5'], /^--timeout-ms must be a positive integer/],
  [['a', '--verbose'], /^unknown option --verbose/],
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fetch-collection-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    }),
  );
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A port on 127.0.0.1 with nothing listening. */
async function closedPort(): Promise<number> {
  const { server } = await listen(() => {});
  const { port } = server.address() as AddressInfo;
  await close(server);
  return port;
}

function sink() {
  let text = '';
  return {
    write: (s: string) => {
      text += s;
      return true;
    },
    get text() {
      return text;
    },
  };
}

async function expectUntouched(out: string, before: string, files = ['out.json']) {
  expect(await readFile(out, 'utf8')).toBe(before);
  expect((await readdir(dir)).sort()).toEqual(files);
}

describe('parseArgs', () => {
  it.each(ARGS)('%j -> %j', (argv, want) => {
    expect(parseArgs(argv, { defaultOut: '/repo/spec/c.json', cwd: '/cwd' })).toEqual(want);
  });
  it.each(BAD_ARGS)('%j is rejected with %s', (argv, want) => {
    expect(() => parseArgs(argv, { defaultOut: '/o.json' })).toThrow(want);
  });
});

describe('validateCollection', () => {
  it.each(VALID)('accepts %s', (_, doc, requests) => {
    expect(validateCollection(JSON.stringify(doc), 'src.json').requests).toBe(requests);
  });
  it.each(INVALID)('rejects %s', (_, text, want) => {
    expect(() => validateCollection(text, 'src.json')).toThrow(FetchCollectionError);
    expect(() => validateCollection(text, 'src.json')).toThrow(want);
  });
  it('accepts the pinned Imgur collection (85 upstream requests + 2 extras)', async () => {
    const text = await readFile(new URL('../imgur.postman_collection.json', import.meta.url), 'utf8');
    expect(validateCollection(text, 'pinned').requests).toBe(87);
  });
});

describe('formatCollection', () => {
  it('pretty-prints with 2 spaces, keeps key order, ends with a newline, and is stable', () => {
    const doc = { info: { schema: V21, name: 'Z' }, item: [] };
    const once = formatCollection(doc);
    expect(once).toBe(`{\n  "info": {\n    "schema": "${V21}",\n    "name": "Z"\n  },\n  "item": []\n}\n`);
    expect(formatCollection(JSON.parse(once))).toBe(once);
  });
});

describe('fetchCollection from files', () => {
  it('copies a compact collection into a temp dir, pretty-printed', async () => {
    const src = join(dir, 'src.json');
    await writeFile(src, JSON.stringify(TINY));
    const out = join(dir, 'nested', 'out.json');
    const result = await fetchCollection({ source: src, out });
    expect(result).toEqual({ out, requests: 1, bytes: Buffer.byteLength(formatCollection(TINY)) });
    expect(await readFile(out, 'utf8')).toBe(formatCollection(TINY));
    expect((await readdir(join(dir, 'nested'))).sort()).toEqual(['out.json']);
  });

  it('accepts a file: URL', async () => {
    const src = join(dir, 'src.json');
    await writeFile(src, JSON.stringify(TINY));
    await fetchCollection({ source: new URL(`file://${src}`).href, out: join(dir, 'out.json') });
    expect(JSON.parse(await readFile(join(dir, 'out.json'), 'utf8'))).toEqual(TINY);
  });

  it('leaves the target untouched when the file is not JSON', async () => {
    const src = join(dir, 'bad.txt');
    await writeFile(src, 'hello');
    const out = join(dir, 'out.json');
    await writeFile(out, 'previous');
    await expect(fetchCollection({ source: src, out })).rejects.toThrow(`${src}: not valid JSON`);
    expect(await readFile(out, 'utf8')).toBe('previous');
    expect((await readdir(dir)).sort()).toEqual(['bad.txt', 'out.json']);
  });

  it('names a missing file', async () => {
    const src = join(dir, 'missing.json');
    await expect(fetchCollection({ source: src, out: join(dir, 'out.json') })).rejects.toThrow(`${src}: cannot read file: ENOENT`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports an unwritable target without leaving a temp file', async () => {
    const src = join(dir, 'src.json');
    await writeFile(src, JSON.stringify(TINY));
    await expect(fetchCollection({ source: src, out: dir })).rejects.toThrow(`${dir}: cannot write:`);
    expect(await readdir(dir)).toEqual(['src.json']);
  });
});

describe('fetchCollection over http (127.0.0.1)', () => {
  let hanging: { server: Server; url: string };
  let serving: { server: Server; url: string };
  beforeAll(async () => {
    hanging = await listen(() => {
      /* accept, never answer */
    });
    serving = await listen((req, res) => {
      if (req.url === '/ok') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(TINY));
        return;
      }
      if (req.url === '/html') {
        res.end('<html>maintenance</html>');
        return;
      }
      if (req.url === '/stall') {
        res.writeHead(200);
        res.write('{"info":');
        return;
      }
      res.statusCode = 404;
      res.end('nope');
    });
  });
  afterAll(async () => {
    await close(hanging.server);
    await close(serving.server);
  });

  it('downloads, validates and writes', async () => {
    const out = join(dir, 'out.json');
    await expect(fetchCollection({ source: `${serving.url}/ok`, out, timeoutMs: 2_000 })).resolves.toMatchObject({ requests: 1 });
    expect(await readFile(out, 'utf8')).toBe(formatCollection(TINY));
  });

  // given -> want: failing sources, each with the target left as it was
  const failures: ReadonlyArray<readonly [string, () => string, RegExp]> = [
    ['a server that never answers', () => `${hanging.url}/c.json`, /: no complete answer within 300 ms \(timed out\)$/],
    ['a body that stalls half-way', () => `${serving.url}/stall`, /: no complete answer within 300 ms \(timed out\)$/],
    ['a 404', () => `${serving.url}/missing`, /: HTTP 404 Not Found$/],
    ['an HTML page', () => `${serving.url}/html`, /: not valid JSON/],
  ];
  it.each(failures)('fails fast on %s and leaves the target untouched', async (_, source, want) => {
    const out = join(dir, 'out.json');
    await writeFile(out, 'previous');
    const started = Date.now();
    const error = await fetchCollection({ source: source(), out, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchCollectionError);
    expect((error as Error).message.startsWith(source())).toBe(true);
    expect((error as Error).message).toMatch(want);
    expect(Date.now() - started).toBeLessThan(3_000);
    await expectUntouched(out, 'previous');
  });

  it('names a closed port as connection refused', async () => {
    const port = await closedPort();
    const out = join(dir, 'out.json');
    await writeFile(out, 'previous');
    await expect(fetchCollection({ source: `http://127.0.0.1:${port}/c.json`, out, timeoutMs: 2_000 })).rejects.toThrow(
      `http://127.0.0.1:${port}/c.json: request failed: connection refused`,
    );
    await expectUntouched(out, 'previous');
  });

  it('main() reports one line on stderr and returns 1', async () => {
    const stdout = sink();
    const stderr = sink();
    const code = await main([`${serving.url}/missing`, '--out', join(dir, 'out.json'), '--timeout-ms', '2000'], { stdout, stderr });
    expect(code).toBe(1);
    expect(stdout.text).toBe('');
    expect(stderr.text).toBe(`fetch-collection: ${serving.url}/missing: HTTP 404 Not Found\n`);
  });

  it('main() reports the written file on stdout and returns 0', async () => {
    const stdout = sink();
    const stderr = sink();
    const out = join(dir, 'out.json');
    const code = await main([`${serving.url}/ok`, '--out', out], { stdout, stderr });
    expect([code, stderr.text]).toEqual([0, '']);
    expect(stdout.text).toMatch(new RegExp(`^fetch-collection: wrote ${out} \\(1 requests, \\d+ bytes\\) from ${serving.url}/ok\\n$`));
  });
});

describe('the fetch-collection CLI', () => {
  const run = promisify(execFile);
  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args], { timeout: 10_000 });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code?: number; stdout: string; stderr: string; killed?: boolean };
      if (err.killed) throw new Error('CLI hung');
      return { code: err.code ?? -1, stdout: err.stdout, stderr: err.stderr };
    }
  }

  it('exits 1 with one line on a file that is not JSON', async () => {
    const src = join(dir, 'bad.json');
    await writeFile(src, 'not json');
    const out = join(dir, 'out.json');
    await writeFile(out, 'previous');
    const r = await cli([src, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^fetch-collection: ${src}: not valid JSON \\(.*\\)\\n$`));
    await expectUntouched(out, 'previous', ['bad.json', 'out.json']);
  });

  it('exits 1 on a closed port, and on a server that never answers within --timeout-ms', async () => {
    const port = await closedPort();
    const refused = await cli([`http://127.0.0.1:${port}/`, '--out', join(dir, 'out.json')]);
    expect([refused.code, refused.stderr]).toEqual([1, `fetch-collection: http://127.0.0.1:${port}/: request failed: connection refused\n`]);
    const hanging = await listen(() => {});
    try {
      const r = await cli([`${hanging.url}/`, '--out', join(dir, 'out.json'), '--timeout-ms', '300']);
      expect([r.code, r.stderr]).toEqual([1, `fetch-collection: ${hanging.url}/: no complete answer within 300 ms (timed out)\n`]);
    } finally {
      await close(hanging.server);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('exits 1 with the usage line when the source is missing', async () => {
    const r = await cli([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('fetch-collection: missing source; usage: fetch-collection <url-or-path> [--out <file>] [--timeout-ms <ms>]\n');
  });

  it('copies a file and exits 0', async () => {
    const src = join(dir, 'src.json');
    await writeFile(src, JSON.stringify(TINY));
    const out = join(dir, 'out.json');
    const r = await cli([src, '--out', out]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(await readFile(out, 'utf8')).toBe(formatCollection(TINY));
  });
});
