const R = '[redacted]';

/**
 * Replaces every known secret and every credential-shaped substring
 * (`Bearer …`, `Client-ID …`, `access_token=…`, …) with `[redacted]`.
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  for (const secret of secrets) if (secret) text = text.split(secret).join(R);
  return text
    .replace(/\b(Bearer|Client-ID)\s+[^\s"',;]+/gi, `$1 ${R}`)
    .replace(/\b(access_token|refresh_token|client_secret|X-Mashape-Key)(["']?\s*[=:]\s*["']?)[^\s"'&,;}]+/gi, `$1$2${R}`);
}

/** Deep-copies JSON data, redacting every string in it. */
export function redactValue(value: unknown, secrets: readonly (string | undefined)[] = []): unknown {
  return value === undefined ? value : JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'string' ? redact(v, secrets) : v));
}
