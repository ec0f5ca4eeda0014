const R = '[redacted]';

/**
 * Replaces every known secret and every credential-shaped substring
 * (`Bearer …`, `Client-ID …`, `access_token=…`, …) with `[redacted]`.
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  // Longest first: a secret inside another must not leave the rest of the longer one.
  for (const secret of [...secrets].sort((a, b) => (b?.length ?? 0) - (a?.length ?? 0))) if (secret) text = text.split(secret).join(R);
  return text
    .replace(/\b(Bearer|Client-ID)\s+[^\s"',;]+/gi, `$1 ${R}`)
    .replace(/\b(access_token|refresh_token|client_secret|X-Mashape-Key)(["']?\s*[=:]\s*["']?)[^\s"'&,;}]+/gi, `$1$2${R}`);
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
 * message, stack, string fields or own cause (followed a few levels deep)
 * hold a secret is replaced by a plain `Error` copy (same name and primitive
 * fields such as `code`) with those redacted; anything else as it is.
 */
export function redactCause(cause: unknown, secrets: readonly (string | undefined)[] = [], depth = 0): unknown {
  if (typeof cause === 'string') return redact(cause, secrets);
  if (!(cause instanceof Error) || depth > 8) return cause;
  const inner = cause.cause === undefined ? undefined : redactCause(cause.cause, secrets, depth + 1);
  const fields = Object.entries(cause).filter(([, v]) => v === null || typeof v !== 'object');
  const safe = fields.map(([k, v]) => [redact(k, secrets), typeof v === 'string' ? redact(v, secrets) : v]);
  const message = redact(cause.message, secrets);
  const stack = cause.stack && redact(cause.stack, secrets);
  if (message === cause.message && stack === cause.stack && inner === cause.cause && safe.every(([k, v], i) => k === fields[i]![0] && v === fields[i]![1])) return cause;
  const copy = Object.assign(new Error(message, inner === undefined ? undefined : { cause: inner }), Object.fromEntries(safe));
  Object.defineProperties(copy, { name: { value: cause.name, writable: true, configurable: true }, stack: { value: stack, writable: true, configurable: true } });
  return copy;
}
