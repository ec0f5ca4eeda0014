import type { OperationMeta } from '../types/operation-meta.js';
import type { StreamedBody } from '../types/streamed-body.js';
import type { FileReader } from './encode-body.js';
import { fieldName, forEachField } from './field-name.js';
import { encodeBody } from './encode-body.js';
import { ImgurUsageError } from '../errors/usage-errors.js';
import { isDotSegment } from '../util/is-dot-segment.js';

/** A control character (CR, LF…). */
const CONTROL = /[\0-\x1f\x7f]/;

/** An operation's input split into URL, headers and a body (reusable by every attempt). */
export interface PreparedRequest {
  /** Path with parameters filled in, plus the query string. */
  readonly pathAndQuery: string;
  /** Lower-case names. */
  readonly headers: Record<string, string>;
  readonly body: BodyInit | StreamedBody | undefined;
}

/**
 * Splits one input object by `meta`: path parameters (with `meta.defaults`),
 * query and header fields (arrays repeat), and the body. Throws
 * `ImgurUsageError` for a missing path parameter or one that is `.` or `..` (or encodes one, such as `%2E%2E`),
 * a query value with a control character (CR, LF…), `ImgurUploadError` for a bad file.
 * Files are read by `files` (see `encodeBody`). Synchronous for an operation without a body (no promise to wait for).
 */
export function prepareRequest(meta: OperationMeta, input: Readonly<Record<string, unknown>>, files?: FileReader): PreparedRequest | Promise<PreparedRequest> {
  let path = meta.path;
  for (const field of meta.pathParams ?? []) {
    const { key, wire } = fieldName(field);
    const value = input[key] ?? meta.defaults?.[key] ?? meta.defaults?.[wire] ?? '';
    if (value === '') throw new ImgurUsageError(`${meta.id}: missing required path parameter "${key}" for ${meta.method} ${meta.path}.`);
    // URL parsers resolve "." and ".." (even as %2E) as relative segments: the request would leave its route.
    if (isDotSegment(String(value))) throw new ImgurUsageError(`${meta.id}: path parameter "${key}" cannot be "${value}" (it would change the route ${meta.path}).`);
    path = path.replace(`{${wire}}`, () => encodeURIComponent(String(value)));
  }
  let qs = '';
  if (meta.queryParams) {
    const query = new URLSearchParams();
    forEachField(meta.queryParams, input, (wire, v) => {
      if (CONTROL.test(String(v))) throw new ImgurUsageError(`${meta.id}: query parameter "${wire}" contains CR, LF or another control character.`);
      query.append(wire, String(v));
    });
    qs = `${query}`;
  }
  const headers: Record<string, string> = meta.accept ? { accept: meta.accept } : {};
  forEachField(meta.headerParams, input, (wire, v) => {
    const w = wire.toLowerCase();
    headers[w] = w in headers ? `${headers[w]}, ${v}` : String(v);
  });
  const pathAndQuery = qs ? `${path}?${qs}` : path;
  if (!meta.body) return { pathAndQuery, headers, body: undefined };
  return encodeBody(meta, input, headers, files).then((body) => ({ pathAndQuery, headers, body }));
}
