import type { IncomingMessage } from 'node:http';
import { MockHttpError } from './errors.js';
import { isFilePart, readParts } from './multipart.js';

/** A parsed request body: text fields (repeated keys kept in order), files, or JSON. */
export interface ParsedBody {
  readonly kind: 'none' | 'form' | 'json';
  readonly fields: ReadonlyMap<string, readonly string[]>;
  readonly files: ReadonlyMap<string, readonly File[]>;
  readonly json: unknown;
}

const EMPTY: ParsedBody = { kind: 'none', fields: new Map(), files: new Map(), json: undefined };

/** Reads the whole body, failing with 413 as soon as it passes `limit` bytes (the rest is drained, not buffered). */
export async function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const chunks: Buffer[] = [];
  let size = 0;
  let over = declared > limit;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) over = true;
    if (!over) chunks.push(chunk);
  }
  if (over) throw new MockHttpError(413, `Request body is too large: the limit is ${limit} bytes`);
  return Buffer.concat(chunks);
}

/** Parses multipart, urlencoded or JSON bodies; malformed input or invalid UTF-8 text throws a 400 (binary parts of binary fields are files, see `isFilePart`). */
export async function parseBody(raw: Buffer, contentType: string | undefined, binaryField: (name: string) => boolean = () => false): Promise<ParsedBody> {
  if (raw.length === 0) return EMPTY;
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (media === 'application/json' || media.endsWith('+json')) {
    try {
      return { ...EMPTY, kind: 'json', json: JSON.parse(utf8(raw)) };
    } catch (e) {
      throw e instanceof MockHttpError ? e : new MockHttpError(400, `Invalid JSON body: ${(e as Error).message}`);
    }
  }
  if (media === 'application/x-www-form-urlencoded') {
    return collect(new URLSearchParams(utf8(raw)));
  }
  if (media === 'multipart/form-data') {
    const fields = new Map<string, string[]>();
    const files = new Map<string, File[]>();
    for (const part of await readParts(raw, contentType ?? '')) {
      if (isFilePart(part, binaryField(part.name)))
        files.set(part.name, [...(files.get(part.name) ?? []), new File([new Uint8Array(part.bytes)], part.filename ?? '', { type: part.type })]);
      else fields.set(part.name, [...(fields.get(part.name) ?? []), part.bytes.toString('utf8')]);
    }
    return { kind: 'form', fields, files, json: undefined };
  }
  throw new MockHttpError(400, `Unsupported content type \`${media || '(none)'}\`: send multipart/form-data, application/x-www-form-urlencoded or application/json`);
}

function utf8(raw: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new MockHttpError(400, 'Request body is not valid UTF-8');
  }
}

function collect(entries: Iterable<[string, FormDataEntryValue | string]>): ParsedBody {
  const fields = new Map<string, string[]>();
  const files = new Map<string, File[]>();
  for (const [k, v] of entries) {
    if (typeof v === 'string') fields.set(k, [...(fields.get(k) ?? []), v]);
    else files.set(k, [...(files.get(k) ?? []), v]);
  }
  return { kind: 'form', fields, files, json: undefined };
}
