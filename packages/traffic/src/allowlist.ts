import { readFileSync } from 'node:fs';
import { TrafficInputError } from './errors.js';
import { isRecord } from './parse-entry.js';
import { parseJson } from './parse-json.js';

/**
 * Reads an allowlist: a JSON object mapping body ids (paths as reported, e.g. `spec/traffic/issues/x.json`) to the
 * reason the body may fail. Every reason must be a non-empty string.
 */
export function readAllowlist(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new TrafficInputError(file, `cannot read the allowlist (${(e as Error).message})`);
  }
  const doc = parseJson(text, file);
  if (!isRecord(doc)) throw new TrafficInputError(file, 'expected an object of { "<body id>": "<reason>" }');
  const out: Record<string, string> = {};
  for (const [id, reason] of Object.entries(doc)) {
    if (typeof reason !== 'string' || reason.trim() === '') throw new TrafficInputError(`${file}#/${id}`, 'every allowlisted body needs a reason');
    out[id] = reason;
  }
  return out;
}
