import type { SeedClient } from '../types.js';

/** What the consent page shows: an error, or the client asking for access. */
export interface ConsentInput {
  readonly error?: string;
  readonly client?: SeedClient;
  readonly state?: string;
  readonly users?: readonly string[];
}

/** The HTML of the consent page; every value is escaped, and both buttons are plain form posts. */
export function consentPage(input: ConsentInput): string {
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Authorize application</title></head><body>';
  if (input.error !== undefined || !input.client) return `${head}<h1>Authorization error</h1><p role="alert">${esc(input.error ?? 'Unknown client')}</p></body></html>`;
  const c = input.client;
  const hidden = (name: string, value: string): string => `<input type="hidden" name="${name}" value="${esc(value)}">`;
  const common = hidden('client_id', c.client_id) + hidden('response_type', 'token') + hidden('state', input.state ?? '');
  const options = (input.users ?? []).map((u) => `<option value="${esc(u)}">${esc(u)}</option>`).join('');
  return `${head}<h1>${esc(c.name ?? c.client_id)} would like access to your account</h1>
<form method="post" action="/oauth2/authorize">${common}${hidden('decision', 'allow')}
<label>Sign in as <select name="username">${options}</select></label>
<button type="submit" id="allow">Allow</button></form>
<form method="post" action="/oauth2/authorize">${common}${hidden('decision', 'deny')}
<button type="submit" id="deny">Deny</button></form></body></html>`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
