import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '@imgur-ts/mock';
import { lastJsonLine, runScript, type ScriptRun } from './support/run-script.js';
import { runtimeCommands, type RuntimeCommand } from './support/runtimes.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const script = join(packageDir, 'fixtures', 'smoke.mjs');
const RATE_LIMITS = { userLimit: 1500, clientLimit: 5000, postLimit: 900, resetSeconds: 3600 };
const RUN_TIMEOUT_MS = 60_000;

interface ErrorSeen {
  name: string;
  isImgurError: boolean;
  isApiError: boolean;
  status: number;
  method: string;
  routePath: string;
}
interface SmokeResult {
  runtime: { name: string; version: string };
  anon: {
    uploadedId: string;
    hasDeletehash: boolean;
    uploadedType: string;
    servedBytesMatch: boolean;
    fetchedId: string;
    fetchedTitle: string;
    width: number;
    height: number;
    size: number;
    updated: boolean;
    refetchedTitle: string;
    deleted: boolean;
    deleteStatus: number;
    deleteClientRemaining: number;
    afterDelete: ErrorSeen;
  };
  album: { id: string; hasDeletehash: boolean; imageId: string; imageTitle: string; listedIds: string[]; listStatus: number };
  missing: ErrorSeen;
  rateLimit: { userLimit: number; userRemaining: number; clientLimit: number; clientRemaining: number };
}

let mock: MockServer;
let home: string;
let commands: RuntimeCommand[];

/** The child's whole environment: nothing inherited but PATH; any npm registry access would fail. */
function childEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    DENO_DIR: join(home, 'deno'),
    DENO_NO_UPDATE_CHECK: '1',
    DENO_NO_PROMPT: '1',
    DO_NOT_TRACK: '1',
    NO_COLOR: '1',
    NPM_CONFIG_REGISTRY: 'http://127.0.0.1:9/',
    IMGUR_MOCK_URL: mock.url,
    IMGUR_CLIENT_ID: 'mock-client-id',
    IMGUR_ACCESS_TOKEN: 'mock-access-token',
  };
}

function command(name: string): RuntimeCommand {
  const c = commands.find((r) => r.name === name);
  if (!c) throw new Error(`unknown runtime ${name}`);
  return c;
}

beforeAll(async () => {
  mock = await startMockServer({ port: 0, host: '127.0.0.1', rateLimits: RATE_LIMITS });
  home = mkdtempSync(join(tmpdir(), 'imgur-ts-runtimes-'));
  commands = runtimeCommands(packageDir, new URL(mock.url).host);
});

afterAll(async () => {
  await mock?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe.each(['node', 'deno', 'bun'])('the smoke script under %s', (name) => {
  let run: ScriptRun;
  let result: SmokeResult;

  beforeAll(async () => {
    mock.reset();
    const c = command(name);
    run = await runScript(c.command, [...c.args, script], packageDir, childEnv(), RUN_TIMEOUT_MS);
    console.log(`${name}: smoke script ran in ${run.ms} ms (exit ${run.code})`);
    result = lastJsonLine(run) as SmokeResult;
  }, RUN_TIMEOUT_MS + 5_000);

  it('exits 0 and reports the runtime it ran on', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(result.runtime.name).toBe(name);
    expect(result.runtime.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('uploads bytes anonymously, reads them back, retitles by deletehash and deletes', () => {
    const a = result.anon;
    expect(a.uploadedId).toMatch(/^[A-Za-z0-9]+$/);
    expect(a.hasDeletehash).toBe(true);
    expect(a.uploadedType).toBe('image/png');
    expect(a.servedBytesMatch).toBe(true);
    expect([a.fetchedId, a.fetchedTitle, a.width, a.height, a.size]).toEqual([a.uploadedId, 'smoke original', 2, 3, 77]);
    expect([a.updated, a.refetchedTitle]).toEqual([true, 'smoke retitled']);
    expect([a.deleted, a.deleteStatus]).toEqual([true, 200]);
    expect(a.afterDelete).toEqual({ name: 'ImgurApiError', isImgurError: true, isApiError: true, status: 404, method: 'GET', routePath: '/3/image/{imageHash}' });
    expect(mock.snapshot().images.map((i) => i.id)).not.toContain(a.uploadedId);
  });

  it('creates an album with the user token, uploads into it and lists it', () => {
    const al = result.album;
    expect(al.id).toMatch(/^[A-Za-z0-9]+$/);
    expect(al.hasDeletehash).toBe(true);
    expect(al.imageId).not.toBe(result.anon.uploadedId);
    expect(al.imageTitle).toBe('in album');
    expect([al.listStatus, al.listedIds]).toEqual([200, [al.imageId]]);
    const stored = mock.snapshot().albums.find((x) => x.id === al.id);
    expect(stored, `album ${al.id} in the mock`).toBeDefined();
    expect(stored?.title).toBe('smoke album');
  });

  it('surfaces a 404 as ImgurApiError with its status', () => {
    expect(result.missing).toEqual({ name: 'ImgurApiError', isImgurError: true, isApiError: true, status: 404, method: 'GET', routePath: '/3/image/{imageHash}' });
  });

  it('reads rate limits through withResponse()', () => {
    const r = result.rateLimit;
    expect([r.clientLimit, r.userLimit]).toEqual([RATE_LIMITS.clientLimit, RATE_LIMITS.userLimit]);
    expect(r.clientRemaining).toBeLessThan(result.anon.deleteClientRemaining);
    expect(result.anon.deleteClientRemaining).toBeLessThan(RATE_LIMITS.clientLimit);
    expect(r.userRemaining).toBeLessThan(RATE_LIMITS.userLimit);
  });
});

describe('the Deno sandbox', () => {
  it(
    'refuses the script any network but the mock: without --allow-net the first call fails',
    async () => {
      mock.reset();
      const c = command('deno');
      const args = c.args.filter((a) => !a.startsWith('--allow-net'));
      const run = await runScript(c.command, [...args, script], packageDir, childEnv(), RUN_TIMEOUT_MS);
      expect(run.code).toBe(1);
      const err = JSON.parse(run.stderr.trim().split('\n').at(-1) ?? '') as { error: string; message: string };
      expect(err.error).toBe('ImgurNetworkError');
      expect(err.message).toContain(`Requires net access to "${new URL(mock.url).host}"`);
      expect(mock.snapshot().images).toEqual([]);
    },
    RUN_TIMEOUT_MS,
  );
});
