import { record } from '../input/record.js';
import type { ExampleObject, MediaTypeObject } from '../types.js';
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

/**
 * Merges the contents of several requests, per media type, in one pass: the schemas are
 * united ({@link unionSchemas}, so each example still validates) and every example is kept
 * as a named example (an unnamed `example` under the request's key, named ones under their
 * own name; a repeated name gets a numeric suffix), its summary naming the request.
 * With a single source the content is returned as it is.
 */
export function mergeContents(sources: ContentSource[]): { content: Record<string, MediaTypeObject>; placed: Placed[] } {
  const contributing: ContentSource[] = [];
  for (const s of sources) if (Object.keys(s.content).length > 0) contributing.push(s);
  if (contributing.length <= 1) {
    const only = contributing[0];
    const placed = only
      ? Object.entries(only.content).map(([mediaType, m]) => ({
          source: sources.indexOf(only),
          mediaType,
          names: m.example !== undefined ? [only.key] : Object.keys(m.examples ?? {}),
        }))
      : [];
    return { content: only ? only.content : record(), placed };
  }
  const byType = new Map<string, { schemas: MediaTypeObject['schema'][]; examples: Record<string, ExampleObject>; taken: Map<string, number> }>();
  const placed: Placed[] = [];
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index] as ContentSource;
    for (const [mediaType, media] of Object.entries(source.content)) {
      let slot = byType.get(mediaType);
      if (!slot) byType.set(mediaType, (slot = { schemas: [], examples: record(), taken: new Map() }));
      slot.schemas.push(media.schema);
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
    if (Object.keys(slot.examples).length > 0) media.examples = slot.examples;
    content[mediaType] = media;
  }
  return { content, placed };
}
