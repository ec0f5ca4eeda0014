import { redact } from './redact.js';

/** The name a header takes when its own name holds a secret (a valid name; such headers are kept, joined under it). */
const HIDDEN_NAME = 'x-redacted';

/**
 * `response` as it is when no header name or value, not its reason phrase and not its `url` hold one of `secrets`;
 * otherwise a copy (no body: the pipeline has read it) with the same status and `redirected`, and those redacted
 * (a header whose name holds one is kept as `x-redacted`). A server that echoes the credentials it was sent
 * (`WWW-Authenticate`, a debug header, a header named after one, a same-origin redirect to a URL holding one)
 * cannot put them in a result or an error.
 */
export function redactResponse(response: Response, secrets: readonly (string | undefined)[]): Response {
  const statusText = redact(response.statusText, secrets);
  const url = redact(response.url, secrets);
  let changed = statusText !== response.statusText || url !== response.url;
  const headers: [string, string][] = [];
  // Header names come in lower case: a secret in one is looked for in lower case too.
  const lower = secrets.map((secret) => secret?.toLowerCase());
  response.headers.forEach((value, name) => {
    const shown = redact(value, secrets);
    const shownName = redact(name, lower) === name ? name : HIDDEN_NAME;
    changed ||= shown !== value || shownName !== name;
    headers.push([shownName, shown]);
  });
  if (!changed) return response;
  const copy = new Response(null, { status: response.status, headers });
  for (const [key, value] of [
    ['statusText', statusText],
    ['url', url],
    ['redirected', response.redirected],
  ] as const)
    Object.defineProperty(copy, key, { value });
  return copy;
}
