import { redact } from '../util/redact.js';
import { ImgurUsageError } from '../errors/usage-errors.js';
import { secretsOf, type ClientState } from '../state/client-state.js';

/** An HTTP token (RFC 9110). */
const TOKEN = /^[\w!#$%&'*+.^`|~-]+$/;
/** A character a header value cannot hold. */
const BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * Throws `ImgurUsageError` for a header name that is not an HTTP token or a
 * value with CR, LF, other control characters or characters above U+00FF
 * (which fetch and node:http refuse, or which could split the request).
 * `where` names the call and the client's secrets are redacted, both worked out only for the error.
 */
export function checkHeaders(where: () => string, headers: Readonly<Record<string, string>>, state: ClientState): void {
  for (const name in headers) {
    if (!TOKEN.test(name) || BAD_VALUE.test(headers[name]!)) {
      throw new ImgurUsageError(`${where()}: header ${redact(JSON.stringify(name), secretsOf(state))} has an invalid name or value (a control character or one above U+00FF).`);
    }
  }
}
