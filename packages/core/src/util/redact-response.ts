import { redact } from './redact.js';

/**
 * `response` as it is when no header value and not its reason phrase hold one of `secrets`; otherwise a copy
 * (no body: the pipeline has read it) with the same status, `url` and `redirected`, and those values redacted.
 * A server that echoes the credentials it was sent (`WWW-Authenticate`, a debug header) cannot put them in a
 * result or an error.
 */
export function redactResponse(response: Response, secrets: readonly (string | undefined)[]): Response {
  const statusText = redact(response.statusText, secrets);
  let changed = statusText !== response.statusText;
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    const shown = redact(value, secrets);
    changed ||= shown !== value;
    headers.push([name, shown]);
  });
  if (!changed) return response;
  const copy = new Response(null, { status: response.status, headers });
  for (const [key, value] of [
    ['statusText', statusText],
    ['url', response.url],
    ['redirected', response.redirected],
  ] as const)
    Object.defineProperty(copy, key, { value });
  return copy;
}
