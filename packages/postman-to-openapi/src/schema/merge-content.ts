import { record } from '../input/record.js';
import type { ExampleObject, JsonValue, MediaTypeObject } from '../types.js';
import { mergedRequired, type RequiredSource } from './merged-required.js';
import { unionSchemas } from './union-all.js';

/** One request's content (request body or one response) to merge, with its label and example name. */
export interface ContentSource {
  /** `Folder / Request` of the request. */
  label: string;
  /** Name for an unnamed `example` of this request (its camelCased name). */
  key: string;
  content: Record<string, MediaTypeObject>;
}

/** Where a source's examples went: media type and example names. */
export interface Placed {
  source: number;
  mediaType: string;
  names: string[];
}

function uniqueName(taken: Map<string, number>, key: string): string {
  let n = taken.get(key);
  if (n === undefined) {
    taken.set(key, 1);
    return key;
  }
  let name = `${key}${++n}`;
  while (taken.has(name)) name = `${key}${++n}`;
  taken.set(key, n);
  taken.set(name, 1);
  return name;
}

/** A source's content with each unnamed `example` kept as the example named after the request (its summary naming the request). */
function namedExamples(source: ContentSource): Record<string, MediaTypeObject> {
  const out = record<MediaTypeObject>();
  for (const [mediaType, media] of Object.entries(source.content)) {
    if (media.example === undefined) {
      out[mediaType] = media;
      continue;
    }
    const { example, ...rest } = media;
    const taken = new Map<string, number>();
    for (const key of Object.keys(media.examples ?? {})) taken.set(key, 1);
    out[mediaType] = { ...rest, examples: record({ [uniqueName(taken, source.key)]: { summary: source.label, value: example }, ...media.examples }) };
  }
  return out;
}

/**
 * Merges the contents of several requests, per media type, in one pass: the schemas are
 * united ({@link unionSchemas}, so each example still validates) and every example is kept
 * as a named example (an unnamed `example` under the request's key, named ones under their
 * own name; a repeated name gets a numeric suffix), its summary naming the request.
 * When only one source has content it is returned as it is, an unnamed example named after its request.
 */
export function mergeContents(sources: ContentSource[]): { content: Record<string, MediaTypeObject>; placed: Placed[] } {
  const contributing: ContentSource[] = [];
  for (const s of sources) if (Object.keys(s.content).length > 0) contributing.push(s);
  if (contributing.length <= 1) {
    const only = contributing[0];
    if (!only) return { content: record(), placed: [] };
    // Among several requests, an unnamed example becomes the named one the merge warning gives.
    const content = sources.length > 1 ? namedExamples(only) : only.content;
    const placed = Object.entries(content).map(([mediaType, m]) => ({ source: sources.indexOf(only), mediaType, names: Object.keys(m.examples ?? {}) }));
    return { content, placed };
  }
  const byType = new Map<string, { schemas: MediaTypeObject['schema'][]; examples: Record<string, ExampleObject>; taken: Map<string, number>; sent: RequiredSource[] }>();
  const placed: Placed[] = [];
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index] as ContentSource;
    for (const [mediaType, media] of Object.entries(source.content)) {
      let slot = byType.get(mediaType);
      if (!slot) byType.set(mediaType, (slot = { schemas: [], examples: record(), taken: new Map(), sent: [] }));
      slot.schemas.push(media.schema);
      const values: JsonValue[] = [];
      slot.sent.push({ schema: media.schema, values });
      if (media.example !== undefined) values.push(media.example);
      for (const key in media.examples) {
        const value = (media.examples[key] as ExampleObject).value;
        if (value !== undefined) values.push(value);
      }
      const names: string[] = [];
      if (media.example !== undefined) {
        const name = uniqueName(slot.taken, source.key);
        slot.examples[name] = { summary: source.label, value: media.example };
        names.push(name);
      }
      for (const [key, example] of Object.entries(media.examples ?? {})) {
        const name = uniqueName(slot.taken, key);
        slot.examples[name] = { ...example, summary: example.summary && example.summary !== source.label ? `${source.label}: ${example.summary}` : source.label };
        names.push(name);
      }
      placed.push({ source: index, mediaType, names });
    }
  }
  const content = record<MediaTypeObject>();
  for (const [mediaType, slot] of byType) {
    const media: MediaTypeObject = { schema: unionSchemas(slot.schemas) };
    const required = mergedRequired(slot.sent);
    // A field one request requires stays required where the others send it (see mergedRequired).
    // (A superset of what the union requires: longer only when it keeps more.)
    if (required && media.schema.type === 'object' && required.length > (media.schema.required?.length ?? 0)) media.schema = { ...media.schema, required };
    if (Object.keys(slot.examples).length > 0) media.examples = slot.examples;
    content[mediaType] = media;
  }
  return { content, placed };
}
