import type { OperationMeta } from './types.js';
import { fieldName, forEachField, wireText } from './field-name.js';
import { normalizeUpload } from './normalize-upload.js';

/** Creates a fresh request body (and its content type, unless `fetch` derives it) for one attempt. */
export type BodyFactory = () => { readonly body: BodyInit; readonly contentType?: string };

type Part = readonly [wire: string, value: string | Blob, filename?: string];

async function collectParts(meta: OperationMeta, input: Readonly<Record<string, unknown>>): Promise<Part[]> {
  const spec = meta.body!;
  const binary = new Set(spec.binary ?? []);
  const parts: Part[] = [];
  let sentAs: string | undefined;
  for (const field of spec.fields) {
    const { key, wire } = fieldName(field);
    if (!binary.has(key)) {
      forEachField([field], input, (w, v) => parts.push([w, wireText(v)]));
      continue;
    }
    if (input[key] === undefined || input[key] === null) continue;
    const up = await normalizeUpload(input[key], `${meta.id}: field "${key}"`);
    // Imgur takes videos in the `video` field; the kind comes from the bytes.
    const target = wire === 'image' && up.media === 'video' ? 'video' : wire;
    parts.push(up.kind === 'file' ? [target, up.blob, up.name] : [target, up.value]);
    sentAs = up.kind;
  }
  const hasType = spec.fields.some((f) => fieldName(f).wire === 'type');
  if (sentAs && hasType && !parts.some(([w]) => w === 'type')) parts.push(['type', sentAs]);
  return parts;
}

function jsonBody(meta: OperationMeta, input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of meta.body!.fields) {
    const { key, wire } = fieldName(field);
    if (input[key] !== undefined) out[wire] = input[key];
  }
  return out;
}

/**
 * Encodes the body fields of `input` as `meta.body.encoding` says: multipart
 * (files for binary fields, repeated fields for arrays), form or JSON.
 * Returns undefined when the input holds no body field.
 */
export async function encodeBody(meta: OperationMeta, input: Readonly<Record<string, unknown>>): Promise<BodyFactory | undefined> {
  const encoding = meta.body!.encoding;
  if (encoding === 'json') {
    const obj = jsonBody(meta, input);
    if (Object.keys(obj).length === 0) return undefined;
    const text = JSON.stringify(obj);
    return () => ({ body: text, contentType: 'application/json' });
  }
  const parts = await collectParts(meta, input);
  if (parts.length === 0) return undefined;
  if (encoding === 'form') {
    const text = new URLSearchParams(parts.map(([w, v]) => [w, typeof v === 'string' ? v : ''])).toString();
    return () => ({ body: text, contentType: 'application/x-www-form-urlencoded;charset=UTF-8' });
  }
  return () => {
    const form = new FormData();
    for (const [w, v, name] of parts) {
      if (typeof v === 'string') form.append(w, v);
      else form.append(w, v, name ?? 'file');
    }
    return { body: form };
  };
}
