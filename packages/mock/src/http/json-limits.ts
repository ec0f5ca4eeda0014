import { MockHttpError } from './errors.js';

/** How deep a JSON body may nest (Imgur's bodies are two levels deep). */
const MAX_JSON_DEPTH = 32;

/**
 * Counts the members and items of a parsed JSON body without recursion: more than `maxFields` in all is a 400
 * (validating such a body would keep the server busy for seconds). Depth is checked before parsing, by `checkJsonDepth`.
 */
export function checkJsonShape(value: unknown, maxFields: number): void {
  const stack: unknown[] = [value];
  let fields = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    const children = Array.isArray(v) ? v : Object.values(v);
    fields += children.length;
    if (fields > maxFields) throw new MockHttpError(400, `Too many fields in the request body: at most ${maxFields} are read (limits.maxFields)`);
    for (const c of children) stack.push(c);
  }
}

/** Scans JSON text for its nesting depth before it is parsed (parsing a million open brackets takes a second): over {@link MAX_JSON_DEPTH} is a 400. */
export function checkJsonDepth(raw: Uint8Array): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) throw new MockHttpError(400, `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`);
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}
