import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { TrafficInputError } from './errors.js';
import { harExchanges } from './read-har.js';
import { parseEntry } from './parse-entry.js';
import { parseJson } from './parse-json.js';
import { sourceKey } from './source-key.js';
import type { RecordedExchange, TrafficEntry } from './types.js';

/** File names inside a corpus directory that are not bodies. */
const NOT_BODIES = new Set(['allowlist.json', 'policy.json', 'README.md']);

/** Reads corpus files (`.json`), NDJSON files (`.ndjson`, one entry a line), HAR files (`.har`) and directories of them. */
export function readInputs(paths: readonly string[], cwd: string): RecordedExchange[] {
  const out: RecordedExchange[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(abs);
    } catch {
      throw new TrafficInputError(p, 'no such file or directory');
    }
    for (const file of st.isDirectory() ? listFiles(abs) : [abs]) out.push(...readFile(file, relative(cwd, file) || file));
  }
  return out;
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files.push(...listFiles(full));
    else if (!NOT_BODIES.has(name) && /\.(json|ndjson|har)$/.test(name)) files.push(full);
  }
  return files;
}

function readFile(file: string, shown: string): RecordedExchange[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new TrafficInputError(shown, `cannot read (${(e as Error).message})`);
  }
  if (shown.endsWith('.har')) return harExchanges(parseJson(text, shown), shown);
  if (shown.endsWith('.ndjson')) {
    return text.split('\n').flatMap((line, i) => {
      if (line.trim() === '') return [];
      const where = `${shown}:${i + 1}`;
      return [fromEntry(parseEntry(parseJson(line, shown, i), where), where)];
    });
  }
  if (shown.endsWith('.json')) return [fromEntry(parseEntry(parseJson(text, shown), shown), shown)];
  throw new TrafficInputError(shown, 'unknown file type (expected .json, .ndjson or .har)');
}

/** The exchange a corpus entry describes. */
export function fromEntry(e: TrafficEntry, id: string): RecordedExchange {
  return {
    id,
    method: e.method,
    path: e.path,
    status: e.status,
    body: e.body,
    source: sourceKey(e.source),
    year: e.year,
    ...(e.contentType ? { contentType: e.contentType } : {}),
    ...(e.model !== undefined ? { model: e.model, shape: e.shape ?? 'envelope' } : {}),
  };
}
