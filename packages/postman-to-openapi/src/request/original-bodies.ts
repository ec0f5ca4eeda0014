import { record } from '../input/record.js';
import { unionSchemas } from '../schema/union-all.js';
import type { ExampleObject, JsonValue, MediaTypeObject } from '../types.js';

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

const sameExample = (a: ExampleObject, b: ExampleObject): boolean =>
  a['x-postman-raw'] !== undefined || b['x-postman-raw'] !== undefined
    ? a['x-postman-raw'] === b['x-postman-raw'] && canonical(a.value) === canonical(b.value)
    : canonical(a.value) === canonical(b.value);

/**
 * Adds the bodies saved examples' original requests sent to a request body's content, each as
 * an example named after its saved example (summary `Saved example "<name>"`), unless the
 * content holds that example already (the usual case: the original request is the request).
 * The schema of a media type that gains an example is united with the original's, so it
 * accepts every example; an unnamed `example` beside it becomes the example `ownKey`.
 * Returns the content (the given one when nothing is added).
 */
export function withOriginalBodies(content: Record<string, MediaTypeObject> | undefined, ownKey: string, originals: OriginalBody[]): Record<string, MediaTypeObject> | undefined {
  let out = content;
  for (const original of originals) {
    const examples = examplesOf(original.media);
    const current = out?.[original.mediaType];
    const fresh = current ? examples.filter((e) => !examplesOf(current).some((c) => sameExample(c, e))) : examples;
    if (fresh.length === 0) continue;
    out = record(out ?? {});
    const media: MediaTypeObject = current ? { schema: unionSchemas([current.schema ?? {}, original.media.schema ?? {}]) } : { schema: original.media.schema ?? {} };
    const named = record<ExampleObject>();
    if (current?.example !== undefined) named[ownKey] = { value: current.example as JsonValue };
    for (const [k, e] of Object.entries(current?.examples ?? {})) named[k] = e;
    fresh.forEach((e, i) => {
      let key = fresh.length > 1 ? `${original.key}${i + 1}` : original.key;
      for (let n = 2; named[key]; n++) key = `${original.key}${n}`;
      named[key] = { ...e, summary: `Saved example "${original.name}"` };
    });
    media.examples = named;
    out[original.mediaType] = media;
  }
  return out;
}
