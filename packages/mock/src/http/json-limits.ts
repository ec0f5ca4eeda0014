import { MockHttpError } from './errors.js';

/** How deep a JSON body may nest (Imgur's bodies are two levels deep). */
const MAX_JSON_DEPTH = 32;

/** The 400 for a body with more members and items than `maxFields`. */
function tooManyFields(maxFields: number): MockHttpError {
  return new MockHttpError(400, `Too many fields in the request body: at most ${maxFields} are read (limits.maxFields)`);
}

/**
 * Counts the members and items of a parsed JSON body without recursion: more than `maxFields` in all is a 400.
 * {@link checkJsonText} refuses such bodies before they are parsed; this check keeps the rule for any value.
 */
export function checkJsonShape(value: unknown, maxFields: number): void {
  const stack: unknown[] = [value];
  let fields = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    const children = Array.isArray(v) ? v : Object.values(v);
    fields += children.length;
    if (fields > maxFields) throw tooManyFields(maxFields);
    for (const c of children) stack.push(c);
  }
}

/**
 * Scans JSON text once, before it is parsed, outside strings (escapes respected): nesting deeper than
 * {@link MAX_JSON_DEPTH} or more than `maxFields` members and items in all is a 400. Parsing a million members or
 * open brackets keeps the server busy for seconds; this scan stops at the first byte over a limit.
 * Members and items are the separating commas plus one per non-empty object or array.
 */
export function checkJsonText(raw: Uint8Array, maxFields: number): void {
  let depth = 0;
  let fields = 0;
  let inString = false;
  let justOpened = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (justOpened) {
      justOpened = false;
      if (c !== 0x5d && c !== 0x7d && ++fields > maxFields) throw tooManyFields(maxFields);
    }
    if (c === 0x22) inString = true;
    else if (c === 0x2c) {
      if (++fields > maxFields) throw tooManyFields(maxFields);
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) throw new MockHttpError(400, `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`);
      justOpened = true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}
