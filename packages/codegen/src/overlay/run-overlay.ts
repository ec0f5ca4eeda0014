import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonObject, OverlayDocument } from '../types.js';
import { toJson } from '../to-json.js';
import { writeAtomic } from '../write-atomic.js';
import { applyOverlays } from './apply-overlays.js';
import { parseOverlay } from './parse-overlay.js';

/** Reads every `*.yaml`/`*.yml` overlay in `dir`, in file-name order. */
export function loadOverlays(dir: string): OverlayDocument[] {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`${dir}: no overlay files (*.yaml)`);
  return files.map((f) => parseOverlay(f, readFileSync(join(dir, f), 'utf8')));
}

/**
 * `imgur-codegen overlay`: base description + overlay folder -> enriched description, written atomically.
 * With `onUnmatched`, actions that match nothing are reported instead of failing the run.
 */
export async function runOverlay(opts: { base: string; overlays: string; out: string; onUnmatched?: (message: string) => void }): Promise<JsonObject> {
  let base: JsonObject;
  try {
    base = JSON.parse(readFileSync(opts.base, 'utf8')) as JsonObject;
  } catch (err) {
    throw new Error(`${opts.base}: cannot read the base description: ${(err as Error).message}`);
  }
  const doc = await applyOverlays(base, loadOverlays(opts.overlays), opts.onUnmatched ? { onUnmatched: opts.onUnmatched } : {});
  writeAtomic(opts.out, toJson(doc));
  return doc;
}
