// Fetch (or copy) a Postman collection, check it, and write it atomically.
// Used by scripts/fetch-collection.mjs; tested by spec/test/fetch-collection.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_TIMEOUT_MS = 30_000;
const USAGE = 'usage: fetch-collection <url-or-path> [--out <file>] [--timeout-ms <ms>]';

/** @typedef {{ write(chunk: string): unknown }} TextSink */
/** @typedef {(input: string, init?: RequestInit) => Promise<Response>} FetchLike */
/** @typedef {{ source: string, out: string, timeoutMs: number }} FetchArgs */

const SCHEMA = /^https?:\/\/schema\.(?:get)?postman\.com\/.*\bv2\.[01]\.\d+\/.*collection\.json$/;

/** An expected failure: the message is one line naming the source (or option) and the problem. */
export class FetchCollectionError extends Error {
  name = 'FetchCollectionError';
}

/**
 * Parses CLI arguments into { source, out, timeoutMs }.
 * `defaultOut` is used when --out is absent; relative paths resolve against `cwd`.
 * @param {readonly string[]} argv
 * @param {{ defaultOut?: string, cwd?: string }} [options]
 * @returns {FetchArgs}
 */
export function parseArgs(argv, { defaultOut, cwd = process.cwd() } = {}) {
  let source;
  let out = defaultOut;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new FetchCollectionError(`${flag} needs a value; ${USAGE}`);
      return v;
    };
    if (flag === '--out') out = value();
    else if (flag === '--timeout-ms') {
      const raw = value();
      timeoutMs = Number(raw);
      if (!/^\d+$/.test(raw) || timeoutMs <= 0) throw new FetchCollectionError(`--timeout-ms must be a positive integer, got "${raw}"`);
    } else if (flag.startsWith('--')) throw new FetchCollectionError(`unknown option ${flag}; ${USAGE}`);
    else if (source === undefined) source = arg;
    else throw new FetchCollectionError(`unexpected argument "${arg}"; ${USAGE}`);
  }
  if (source === undefined) throw new FetchCollectionError(`missing source; ${USAGE}`);
  if (out === undefined) throw new FetchCollectionError(`missing --out; ${USAGE}`);
  return { source, out: resolve(cwd, out), timeoutMs };
}

/**
 * True when the source is an http(s) URL rather than a file path.
 * @param {string} source
 */
export function isHttpUrl(source) {
  return /^https?:\/\//i.test(source);
}

/** @param {any} error */
function reason(error) {
  const cause = error?.cause;
  const code = cause?.code ?? error?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host not found (${code})`;
  if (code === 'ECONNRESET') return 'connection reset';
  const text = cause?.message ?? error?.message ?? String(error);
  return code ? `${text} (${code})` : text;
}

/**
 * Downloads an http(s) URL as text; the whole exchange, body included, is bounded by timeoutMs.
 * @param {string} url
 * @param {{ timeoutMs?: number, fetchImpl?: FetchLike }} [options]
 * @returns {Promise<string>}
 */
async function download(url, { timeoutMs = DEFAULT_TIMEOUT_MS, fetchImpl = fetch } = {}) {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchImpl(url, { signal, redirect: 'follow', headers: { accept: 'application/json' } });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new FetchCollectionError(`${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    return await response.text();
  } catch (error) {
    if (error instanceof FetchCollectionError) throw error;
    if (signal.aborted) throw new FetchCollectionError(`${url}: no complete answer within ${timeoutMs} ms (timed out)`);
    throw new FetchCollectionError(`${url}: request failed: ${reason(error)}`);
  }
}

/**
 * Reads the source: http(s) URLs are downloaded, file: URLs and paths are read from disk.
 * @param {string} source
 * @param {{ timeoutMs?: number, fetchImpl?: FetchLike, cwd?: string }} [options]
 * @returns {Promise<string>}
 */
async function readSource(source, options = {}) {
  if (isHttpUrl(source)) return download(source, options);
  const path = source.startsWith('file:') ? fileURLToPath(source) : resolve(options.cwd ?? process.cwd(), source);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new FetchCollectionError(`${source}: cannot read file: ${error.code ?? error.message}`);
  }
}

/** @param {any[]} items @returns {number} */
function countRequests(items) {
  let n = 0;
  for (const item of items) n += Array.isArray(item?.item) ? countRequests(item.item) : item?.request ? 1 : 0;
  return n;
}

/**
 * Parses text as a Postman collection v2.0/v2.1 and returns { collection, requests }; throws naming the source.
 * @param {string} text
 * @param {string} source
 * @returns {{ collection: Record<string, unknown>, requests: number }}
 */
export function validateCollection(text, source) {
  let collection;
  try {
    collection = JSON.parse(text);
  } catch (error) {
    throw new FetchCollectionError(`${source}: not valid JSON (${error.message.split('\n')[0]})`);
  }
  if (collection === null || typeof collection !== 'object' || Array.isArray(collection)) {
    throw new FetchCollectionError(`${source}: not a Postman collection (top level is not an object)`);
  }
  const schema = collection.info?.schema;
  if (typeof schema !== 'string') throw new FetchCollectionError(`${source}: not a Postman collection (info.schema is missing)`);
  if (!SCHEMA.test(schema)) throw new FetchCollectionError(`${source}: unsupported info.schema "${schema}" (want Postman collection v2.0 or v2.1)`);
  if (typeof collection.info.name !== 'string') throw new FetchCollectionError(`${source}: not a Postman collection (info.name is missing)`);
  if (!Array.isArray(collection.item)) throw new FetchCollectionError(`${source}: not a Postman collection (item is not an array)`);
  return { collection, requests: countRequests(collection.item) };
}

/**
 * Serialises a collection deterministically: source key order, 2-space indent, trailing newline.
 * @param {unknown} collection
 * @returns {string}
 */
export function formatCollection(collection) {
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/**
 * Writes text to path via a temp file in the same directory and a rename; never leaves a partial file.
 * @param {string} path
 * @param {string} text
 */
async function writeAtomic(path, text) {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, text, { flag: 'wx' });
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => {});
    throw new FetchCollectionError(`${path}: cannot write: ${error.code ?? error.message}`);
  }
}

/**
 * Reads, validates, formats and writes; returns { out, requests, bytes }.
 * @param {{ source: string, out: string, timeoutMs?: number, fetchImpl?: FetchLike }} args
 * @returns {Promise<{ out: string, requests: number, bytes: number }>}
 */
export async function fetchCollection({ source, out, timeoutMs = DEFAULT_TIMEOUT_MS, fetchImpl }) {
  const text = await readSource(source, { timeoutMs, fetchImpl });
  const { collection, requests } = validateCollection(text, source);
  const formatted = formatCollection(collection);
  await writeAtomic(out, formatted);
  return { out, requests, bytes: Buffer.byteLength(formatted) };
}

/**
 * CLI body: returns the exit code (0 ok, 1 any failure) and reports on the given streams.
 * @param {readonly string[]} argv
 * @param {{ defaultOut?: string, cwd?: string, stdout?: TextSink, stderr?: TextSink, fetchImpl?: FetchLike }} [options]
 * @returns {Promise<number>}
 */
export async function main(argv, { defaultOut, cwd, stdout = process.stdout, stderr = process.stderr, fetchImpl } = {}) {
  try {
    const args = parseArgs(argv, { defaultOut, cwd });
    const result = await fetchCollection({ ...args, fetchImpl });
    stdout.write(`fetch-collection: wrote ${result.out} (${result.requests} requests, ${result.bytes} bytes) from ${args.source}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof FetchCollectionError ? error.message : `unexpected error: ${error?.stack ?? error}`;
    stderr.write(`fetch-collection: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}
