import { record } from '../input/record.js';
import { unionSchemas } from '../schema/union-all.js';
import type { ExampleObject, JsonValue, MediaTypeObject, SchemaObject } from '../types.js';

/** A body a saved example's original request sent: its media type and content, and the saved example's name and key. */
export interface OriginalBody {
  name: string;
  key: string;
  mediaType: string;
  media: MediaTypeObject;
}

const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, (value as Record<string, unknown>)[k]]),
        )
      : value,
  ) ?? '';

/** The examples of a media type, each as `{ value, x-postman-raw }` (an unnamed `example` too). */
function examplesOf(media: MediaTypeObject): ExampleObject[] {
  const out: ExampleObject[] = [];
  if (media.example !== undefined) out.push({ value: media.example });
  for (const e of Object.values(media.examples ?? {})) out.push(e);
  return out;
}

/** What makes two examples the same: the value, and the text as written when there is one. */
const identity = (e: ExampleObject): string => {
  return `${canonical(e.value)}\u0000${e['x-postman-raw'] ?? ''}`;
};

/**
 * Adds the bodies saved examples' original requests sent to a request body's content, each as
 * an example named after its saved example (summary `Saved example "<name>"`), unless the
 * content holds that example already (the usual case: the original request is the request).
 * The schema of a media type that gains an example is united with the original's, so it
 * accepts every example; an unnamed `example` beside it becomes the example `ownKey`.
 * Returns the content (the given one when nothing is added).
 */
export function withOriginalBodies(content: Record<string, MediaTypeObject> | undefined, ownKey: string, originals: OriginalBody[]): Record<string, MediaTypeObject> | undefined {
  if (originals.length === 0) return content;
  // Per media type: the identities of the examples it holds, and what the originals add (each built once: linear in their size).
  const added = new Map<string, { seen: Set<string>; schemas: SchemaObject[]; examples: [string, ExampleObject][] }>();
  for (const original of originals) {
    let slot = added.get(original.mediaType);
    if (!slot) {
      const current = content?.[original.mediaType];
      added.set(original.mediaType, (slot = { seen: new Set(current ? examplesOf(current).map(identity) : []), schemas: [], examples: [] }));
    }
    const fresh: ExampleObject[] = [];
    for (const e of examplesOf(original.media)) {
      const id = identity(e);
      if (slot.seen.has(id)) continue;
      slot.seen.add(id);
      fresh.push(e);
    }
    if (fresh.length === 0) continue;
    slot.schemas.push(original.media.schema ?? {});
    for (let i = 0; i < fresh.length; i++) {
      slot.examples.push([fresh.length > 1 ? `${original.key}${i + 1}` : original.key, { ...(fresh[i] as ExampleObject), summary: `Saved example "${original.name}"` }]);
    }
  }
  let out = content;
  for (const [mediaType, slot] of added) {
    if (slot.examples.length === 0) continue;
    out = record(out ?? {});
    const current = content?.[mediaType];
    const named = record<ExampleObject>();
    const taken = new Map<string, number>();
    const put = (key: string, example: ExampleObject): void => {
      let name = key;
      let n = taken.get(key) ?? 1;
      while (named[name]) name = `${key}${++n}`;
      taken.set(key, n);
      named[name] = example;
    };
    if (current?.example !== undefined) put(ownKey, { value: current.example as JsonValue });
    for (const [k, e] of Object.entries(current?.examples ?? {})) put(k, e);
    for (const [k, e] of slot.examples) put(k, e);
    out[mediaType] = { schema: unionSchemas(current ? [current.schema ?? {}, ...slot.schemas] : slot.schemas), examples: named };
  }
  return out;
}
