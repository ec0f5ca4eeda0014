/** What every secret is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Replaces every known secret and every credential-shaped substring
 * (`Bearer …`, `Client-ID …`, `access_token=…`, …) with `[redacted]`.
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  // Longest first: a secret inside another must not leave the rest of the longer one.
  for (const secret of [...secrets].sort((a, b) => (b?.length ?? 0) - (a?.length ?? 0))) if (secret) text = text.split(secret).join(REDACTED);
  return text
    .replace(/\b(Bearer|Client-ID)\s+[^\s"',;]+/gi, `$1 ${REDACTED}`)
    .replace(/\b(access_token|refresh_token|client_secret|X-Mashape-Key)(["']?\s*[=:]\s*["']?)[^\s"'&,;}]+/gi, `$1$2${REDACTED}`);
}

/**
 * Deep-copies JSON data, redacting every string in it, object keys included
 * (a token endpoint may echo the form back as keys). Keys such as `__proto__`
 * stay plain own properties.
 */
export function redactValue(value: unknown, secrets: readonly (string | undefined)[] = []): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, secrets), redactValue(v, secrets)]));
  return value;
}

/**
 * The `cause` to keep on an error: a string redacted; an `Error` whose
 * message, stack, primitive fields (keys included) or own cause (followed a
 * few levels deep) hold a secret is replaced by a plain `Error` copy (same
 * name, redacted fields such as `code`); anything else as it is.
 */
export function redactCause(cause: unknown, secrets: readonly (string | undefined)[] = [], depth = 0): unknown {
  if (typeof cause === 'string') return redact(cause, secrets);
  if (!(cause instanceof Error) || depth > 8) return cause;
  const inner = redactCause(cause.cause, secrets, depth + 1);
  const fields = Object.entries(cause).filter(([, v]) => v === null || typeof v !== 'object');
  const text = [cause.message, cause.stack, ...fields.flat()].join('\n');
  if (redact(text, secrets) === text && inner === cause.cause) return cause;
  const copy = new Error(redact(cause.message, secrets), inner === undefined ? undefined : { cause: inner });
  for (const [k, v] of fields) (copy as unknown as Record<string, unknown>)[redact(k, secrets)] = typeof v === 'string' ? redact(v, secrets) : v;
  Object.defineProperty(copy, 'name', { value: cause.name });
  copy.stack = cause.stack && redact(cause.stack, secrets);
  return copy;
}
