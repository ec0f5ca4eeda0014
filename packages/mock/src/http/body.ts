import { MockHttpError } from './errors.js';
import { checkJsonShape, checkJsonText } from './json-limits.js';
import { isFilePart, readParts } from './multipart.js';
import { parseUrlencoded } from './urlencoded.js';

export { readRawBody } from './raw-body.js';

/** A parsed request body: text fields (repeated keys kept in order), files, or JSON. */
export interface ParsedBody {
  readonly kind: 'none' | 'form' | 'json';
  readonly fields: ReadonlyMap<string, readonly string[]>;
  readonly files: ReadonlyMap<string, readonly File[]>;
  readonly json: unknown;
}

/** How much of a body the parser reads: pairs of a urlencoded body, parts of a multipart one. */
export interface ParseLimits {
  readonly maxFields: number;
  readonly maxParts: number;
}

/** Limits for the small bodies of the OAuth and admin routes. */
const SMALL_BODY: ParseLimits = { maxFields: 100, maxParts: 100 };

const EMPTY: ParsedBody = { kind: 'none', fields: new Map(), files: new Map(), json: undefined };

/**
 * Parses multipart, urlencoded or JSON bodies in time linear in their size; malformed input, invalid UTF-8 text,
 * more fields or parts than `limits` allow (for JSON: members and items in all, counted in the text before it is parsed) or JSON nested too deep throw a 400 (binary parts of binary fields are files, see `isFilePart`).
 */
export async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
  binaryField: (name: string) => boolean = () => false,
  limits: ParseLimits = SMALL_BODY,
): Promise<ParsedBody> {
  if (raw.length === 0) return EMPTY;
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (media === 'application/json' || media.endsWith('+json')) {
    checkJsonText(raw, limits.maxFields);
    let json: unknown;
    try {
      json = JSON.parse(utf8(raw));
    } catch (e) {
      throw e instanceof MockHttpError ? e : new MockHttpError(400, `Invalid JSON body: ${(e as Error).message}`);
    }
    checkJsonShape(json, limits.maxFields);
    return { ...EMPTY, kind: 'json', json };
  }
  if (media === 'application/x-www-form-urlencoded') {
    return { kind: 'form', fields: parseUrlencoded(utf8(raw), limits.maxFields), files: new Map(), json: undefined };
  }
  if (media === 'multipart/form-data') {
    const fields = new Map<string, string[]>();
    const files = new Map<string, File[]>();
    for (const part of await readParts(raw, contentType ?? '', limits.maxParts)) {
      if (isFilePart(part, binaryField(part.name))) append(files, part.name, new File([new Uint8Array(part.bytes)], part.filename ?? '', { type: part.type }));
      else append(fields, part.name, part.bytes.toString('utf8'));
    }
    return { kind: 'form', fields, files, json: undefined };
  }
  throw new MockHttpError(400, `Unsupported content type \`${media || '(none)'}\`: send multipart/form-data, application/x-www-form-urlencoded or application/json`);
}

/** Decodes UTF-8 text; invalid bytes are a 400. */
export function utf8(raw: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new MockHttpError(400, 'Request body is not valid UTF-8');
  }
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
