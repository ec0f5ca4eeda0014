/**
 * The `message` of a thrown value, or the value as text; never throws (a
 * throwing `message` getter or `toString`, a revoked `Proxy`): then a fixed
 * description. Not redacted: pass it to an `ImgurError`, which redacts.
 */
export function messageOf(thrown: unknown): string {
  try {
    const message = (thrown as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? message : String(thrown);
  } catch {
    return 'an error that cannot be shown';
  }
}
