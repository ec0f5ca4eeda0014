import { parse } from 'yaml';
import type { JsonValue, OverlayAction, OverlayDocument } from '../types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses and validates one OpenAPI Overlay 1.0 document (YAML or JSON text).
 * Throws an error naming `file` and the offending action on anything malformed.
 */
export function parseOverlay(file: string, text: string): OverlayDocument {
  let doc: unknown;
  try {
    doc = parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    throw new Error(`${file}: not valid YAML: ${(err as Error).message}`);
  }
  if (!isObject(doc)) throw new Error(`${file}: an overlay must be a mapping`);
  if (typeof doc.overlay !== 'string' || !/^1\.0\.\d+$/.test(doc.overlay)) {
    throw new Error(`${file}: "overlay" must be a 1.0.x version string`);
  }
  const info = doc.info;
  if (!isObject(info) || typeof info.title !== 'string' || typeof info.version !== 'string') {
    throw new Error(`${file}: "info" needs a string "title" and "version"`);
  }
  if (!Array.isArray(doc.actions) || doc.actions.length === 0) throw new Error(`${file}: "actions" must be a non-empty list`);
  const actions = doc.actions.map((a: unknown, i: number): OverlayAction => {
    const where = `${file}: actions[${i}]`;
    if (!isObject(a)) throw new Error(`${where}: must be a mapping`);
    if (typeof a.target !== 'string' || !a.target.startsWith('$')) throw new Error(`${where}: "target" must be a JSONPath starting with $`);
    if (a.remove !== undefined && a.remove !== true) throw new Error(`${where}: "remove" may only be true`);
    if (a.update === undefined && a.remove !== true) throw new Error(`${where}: needs "update" or "remove: true"`);
    const action: { -readonly [K in keyof OverlayAction]: OverlayAction[K] } = { target: a.target };
    if (typeof a.description === 'string') action.description = a.description;
    if (a.update !== undefined) action.update = a.update as JsonValue;
    if (a.remove === true) action.remove = true;
    if (a['x-optional'] !== undefined && typeof a['x-optional'] !== 'boolean') throw new Error(`${where}: "x-optional" must be a boolean`);
    if (a['x-optional'] === true) action.optional = true;
    return action;
  });
  return { file, overlay: doc.overlay, info: { title: info.title, version: info.version }, actions };
}
