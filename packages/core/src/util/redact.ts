import { isCredentialKey } from './credential-key.js';
import { secretMatcher } from './secret-matcher.js';

/** What every secret is replaced with. */
export const REDACTED = '[redacted]';

/** `Bearer x` and `Client-ID x` credentials in text. */
const SCHEME = /\b(Bearer|Client-ID)\s+[^\s"',;]+/gi;
/** `Basic <base64>`: with a digit, `+/=` or a capital after the first letter, so not "Basic authentication". */
const BASIC = /\b([Bb][Aa][Ss][Ii][Cc])\s+(?=\S*[0-9+/=]|[A-Za-z]\S*[A-Z])[A-Za-z0-9+/=_-]{8,}/g;
/** `name=value`, `name: value`, `"name": "value"` for a credential name in any spelling (see `isCredentialKey`). */
const FIELD =
  /\b((?:access|refresh|id)[-_]?token|client[-_]?secret|x-mashape-key|(?:proxy-)?authorization|password)(["']?\s*[=:]\s*["']?)(?!\[redacted\]|Bearer\b|Client-ID\b|Basic\b)[^\s"'&,;}]+/gi;

/**
 * Replaces every known secret, in every form a server may echo it (as is,
 * percent-encoded, base64 and base64url; see `secretMatcher`), and
 * every credential-shaped substring (`Bearer …`, `Client-ID …`, `Basic …`,
 * `access_token=…`, `"refreshToken": "…"`, …) with `[redacted]`.
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  const matcher = secretMatcher(secrets);
  if (matcher) text = text.replace(matcher, REDACTED);
  return text.replace(SCHEME, `$1 ${REDACTED}`).replace(BASIC, `$1 ${REDACTED}`).replace(FIELD, `$1$2${REDACTED}`);
}

/** Deepest level of JSON data `redactValue` copies; below it, `[truncated]`. */
const MAX_DEPTH = 256;

/**
 * Deep-copies JSON data, redacting every string in it, object keys included
 * (a token endpoint may echo the form back as keys), and replacing the value
 * of every credential-named key (`access_token`, `clientSecret`, …). Keys
 * such as `__proto__` stay plain own properties. Levels below 256 become `[truncated]`.
 */
export function redactValue(value: unknown, secrets: readonly (string | undefined)[] = [], depth = 0): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (!value || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const safe = isCredentialKey(k) && v !== null && v !== '' ? REDACTED : redactValue(v, secrets, depth + 1);
    Object.defineProperty(out, redact(k, secrets), { value: safe, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
