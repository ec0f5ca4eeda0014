import type { CallOptions } from '../types/call-options.js';
import { FIXED_HEADERS } from '../util/fixed-headers.js';
import { ImgurUsageError } from '../errors/usage-errors.js';
import { checkNumbers } from './validate-options.js';

/** Throws the `ImgurUsageError` of a refused option, naming the value by its type only. */
function bad(where: string, what: string, want: string, value: unknown): never {
  throw new ImgurUsageError(`${where}: ${what} must be ${want}, got ${value === null ? 'null' : typeof value}.`);
}

/**
 * Throws `ImgurUsageError` naming `where` when a call's options are unusable: not an object, a `signal` that is
 * not an `AbortSignal` (anything without `aborted`, `addEventListener` and `removeEventListener`), `headers` that
 * are not an object of strings or that name a header the transport sets (`host`, `content-length`,
 * `transfer-encoding`...; see `FIXED_HEADERS`), or a numeric option `checkNumbers` refuses. A refused value is
 * named by its type only (it may hold a secret).
 */
export function checkCallOptions(where: string, options: CallOptions): void {
  if (typeof options !== 'object' || !options) bad(where, 'options', 'an object', options);
  const { signal, headers } = options as { signal?: { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown }; headers?: unknown };
  if (signal !== undefined && !(typeof signal?.aborted === 'boolean' && typeof signal.addEventListener === 'function' && typeof signal.removeEventListener === 'function'))
    bad(where, 'signal', 'an AbortSignal', signal);
  if (headers !== undefined) {
    if (typeof headers !== 'object' || !headers) bad(where, 'headers', 'an object of strings', headers);
    for (const name in headers as object) {
      const value = (headers as Record<string, unknown>)[name];
      if (typeof value !== 'string') bad(where, `header ${JSON.stringify(name)}`, 'a string', value);
      if (FIXED_HEADERS.includes(name.toLowerCase()))
        throw new ImgurUsageError(`${where}: header ${JSON.stringify(name)} is set by the transport; options.headers cannot give it.`);
    }
  }
  checkNumbers(where, options);
}
