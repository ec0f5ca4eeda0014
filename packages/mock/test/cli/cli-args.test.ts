import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/cli-args.js';

const dir = mkdtempSync(join(tmpdir(), 'imgur-mock-cli-'));
const seedFile = join(dir, 'seed.json');
writeFileSync(seedFile, JSON.stringify({ clients: [{ client_id: 'a', client_secret: 'b', redirect_uri: 'http://127.0.0.1/' }], users: [] }));
const badSeed = join(dir, 'bad.json');
writeFileSync(badSeed, '{"clients": 1}');

describe('parseArgs', () => {
  const ok: [string[], Record<string, unknown>][] = [
    [[], {}],
    [['--port', '8080'], { port: 8080 }],
    [['--port=0', '--host', '0.0.0.0'], { port: 0, host: '0.0.0.0' }],
    [['--token-ttl', '5'], { tokenTtlSeconds: 5 }],
    [['--spec', 'x.json'], { spec: 'x.json' }],
    [['--seed', seedFile], { seed: { clients: [{ client_id: 'a', client_secret: 'b', redirect_uri: 'http://127.0.0.1/' }], users: [] } }],
    [['--expired-token-status', '401'], { expiredTokenStatus: 401 }],
    [['--expired-token-status=403'], { expiredTokenStatus: 403 }],
    [['--rotate-refresh-tokens', '--port', '1'], { rotateRefreshTokens: true, port: 1 }],
    [['--help'], { help: true }],
  ];
  test.each(ok)('%j', (argv, want) => expect(parseArgs(argv)).toEqual(want));

  const bad: [string[], RegExp][] = [
    [['--port'], /--port needs a value/],
    [['--port', 'eighty'], /--port must be an integer from 0 to 65535, got "eighty"/],
    [['--port', '70000'], /--port must be an integer/],
    [['--token-ttl', '0'], /--token-ttl must be an integer from 1/],
    [['--verbose', 'x'], /unknown argument --verbose/],
    [['--expired-token-status', '404'], /--expired-token-status must be 401 or 403, got "404"/],
    [['--seed', join(dir, 'missing.json')], /--seed .*missing.json/],
    [['--seed', badSeed], /seed: clients must be an array/],
  ];
  test.each(bad)('%j throws', (argv, want) => expect(() => parseArgs(argv)).toThrow(want));
});
