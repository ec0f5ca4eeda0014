const REPLACEMENT = '[redacted]';
// Credentials that have a recognisable shape even when the value is unknown to us.
const PATTERNS: readonly RegExp[] = [
  /\b(Bearer|Client-ID)\s+[^\s"',;]+/gi,
  /\b(access_token|refresh_token|client_secret|X-Mashape-Key)(["']?\s*[=:]\s*["']?)[^\s"'&,;}]+/gi,
];

/**
 * Replaces every known secret and every credential-shaped substring
 * (`Bearer …`, `Client-ID …`, `access_token=…`, …) with `[redacted]`.
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join(REPLACEMENT);
  }
  out = out.replace(PATTERNS[0]!, (_m, scheme: string) => `${scheme} ${REPLACEMENT}`);
  return out.replace(PATTERNS[1]!, (_m, key: string, sep: string) => `${key}${sep}${REPLACEMENT}`);
}

/** Deep-copies JSON-like data, redacting every string in it. */
export function redactValue(value: unknown, secrets: readonly (string | undefined)[] = []): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, secrets);
    return out;
  }
  return value;
}
