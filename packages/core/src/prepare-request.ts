import type { OperationMeta } from './types.js';
import { fieldName, forEachField, wireText } from './field-name.js';
import { encodeBody, type BodyFactory } from './encode-body.js';
import { ImgurUsageError } from './errors/usage-errors.js';

/** An operation's input split into URL, headers and a body factory (a fresh body per attempt). */
export interface PreparedRequest {
  /** Path with parameters filled in, plus the query string. */
  readonly pathAndQuery: string;
  readonly headers: Headers;
  readonly body: BodyFactory | undefined;
}

function fillPath(meta: OperationMeta, input: Readonly<Record<string, unknown>>): string {
  let path = meta.path;
  for (const field of meta.pathParams ?? []) {
    const { key, wire } = fieldName(field);
    const value = input[key] ?? meta.defaults?.[key] ?? meta.defaults?.[wire];
    if (value === undefined || value === null || value === '') {
      throw new ImgurUsageError(`${meta.id}: missing required path parameter "${key}" for ${meta.method} ${meta.path}.`);
    }
    path = path.split(`{${wire}}`).join(encodeURIComponent(wireText(value)));
  }
  return path;
}

/**
 * Splits one input object by `meta`: path parameters (with `meta.defaults`),
 * query and header fields (arrays repeat), and the body. Throws
 * `ImgurUsageError` for a missing path parameter, `ImgurUploadError` for a bad file.
 */
export async function prepareRequest(meta: OperationMeta, input: Readonly<Record<string, unknown>>): Promise<PreparedRequest> {
  const path = fillPath(meta, input);
  const query = new URLSearchParams();
  forEachField(meta.queryParams, input, (wire, v) => query.append(wire, wireText(v)));
  const headers = new Headers();
  forEachField(meta.headerParams, input, (wire, v) => headers.append(wire, wireText(v)));
  if (meta.accept) headers.set('Accept', meta.accept);
  const qs = query.toString();
  const body = meta.body ? await encodeBody(meta, input) : undefined;
  return { pathAndQuery: qs ? `${path}?${qs}` : path, headers, body };
}
