import { record } from '../input/record.js';
import type { DraftOperation, MediaTypeObject, ResponseObject } from '../types.js';
import { labelOf } from './label.js';
import { type ContentSource, mergeContents, type Placed } from './merge-content.js';

/** Records, per request, where its examples (or its schema alone) went. */
export function describePlaced(placed: Placed[], where: (p: Placed) => string, kept: string[][]): void {
  for (const p of placed) {
    const what = p.names.length > 0 ? `as examples ${p.names.map((n) => `"${n}"`).join(', ')}` : 'its schema (no example to keep)';
    kept[p.source]?.push(`${what} in ${where(p)}`);
  }
}

/** Merges the responses of a group, per status code, keeping every saved example. */
export function mergeResponses(group: DraftOperation[], keys: string[], kept: string[][]): Record<string, ResponseObject> {
  const codes = new Map<string, { descriptions: Set<string>; contents: Record<string, MediaTypeObject>[] }>();
  group.forEach((d, index) => {
    for (const [code, response] of Object.entries(d.operation.responses)) {
      let slot = codes.get(code);
      if (!slot) codes.set(code, (slot = { descriptions: new Set(), contents: group.map(() => record()) }));
      for (const part of response.description.split('; ')) slot.descriptions.add(part);
      if (response.content) slot.contents[index] = response.content;
    }
  });
  const out = record<ResponseObject>();
  for (const [code, slot] of codes) {
    const sources: ContentSource[] = [];
    for (let i = 0; i < group.length; i++) sources.push({ label: labelOf(group[i] as DraftOperation), key: keys[i] ?? 'example', content: slot.contents[i] ?? record() });
    const { content, placed } = mergeContents(sources);
    describePlaced(placed, (p) => `response ${code} (${p.mediaType})`, kept);
    out[code] = { description: [...slot.descriptions].join('; '), ...(Object.keys(content).length > 0 ? { content } : {}) };
  }
  if (out.default && Object.keys(out).some((c) => /^2/.test(c)) && !out.default.content) delete out.default;
  return out;
}
