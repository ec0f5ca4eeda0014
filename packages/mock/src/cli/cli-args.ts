import { readFileSync } from 'node:fs';
import { parseSeed } from '../admin/seed-parse.js';
import type { MockServerOptions } from '../types.js';

/** The usage text of `imgur-mock`. */
export const USAGE = `usage: imgur-mock [--port N] [--host H] [--seed seed.json] [--spec openapi.json] [--token-ttl SECONDS]
                  [--expired-token-status 401|403] [--rotate-refresh-tokens]
  --port       port to listen on (default 0 = a free port)
  --host       interface to bind (default 127.0.0.1)
  --seed       JSON file with { clients, users, random } (default: one client, one user)
  --spec       OpenAPI JSON to serve (default: the bundled Imgur description)
  --token-ttl  access-token lifetime in seconds (default 2419200)
  --expired-token-status
               status for unknown or expired access tokens: 403 (default, Imgur's usual) or 401
  --rotate-refresh-tokens
               spend a refresh token on use and hand out a new one (Imgur keeps it valid)`;

/** Parses CLI arguments into server options; throws an Error naming the bad argument. */
export function parseArgs(argv: readonly string[]): MockServerOptions & { help?: boolean } {
  const out: { -readonly [K in keyof MockServerOptions]: MockServerOptions[K] } & { help?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--rotate-refresh-tokens') {
      out.rotateRefreshTokens = true;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--port') out.port = int(flag, value, 0, 65535);
    else if (flag === '--host') out.host = value;
    else if (flag === '--token-ttl') out.tokenTtlSeconds = int(flag, value, 1, 10 * 365 * 24 * 3600);
    else if (flag === '--spec') out.spec = value;
    else if (flag === '--expired-token-status') out.expiredTokenStatus = status(flag, value);
    else if (flag === '--seed') out.seed = readSeed(value);
    else throw new Error(`unknown argument ${flag}`);
  }
  return out;
}

function int(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new Error(`${flag} must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}

function status(flag: string, value: string): 401 | 403 {
  if (value === '401') return 401;
  if (value === '403') return 403;
  throw new Error(`${flag} must be 401 or 403, got "${value}"`);
}

function readSeed(path: string): MockServerOptions['seed'] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`--seed ${path}: ${(e as Error).message}`);
  }
  return parseSeed(raw);
}
