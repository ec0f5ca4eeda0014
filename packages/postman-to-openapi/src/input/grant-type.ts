import type { JsonValue } from '../types.js';

/**
 * The OAuth 2 `grant_type` a token request's body sends: the last enabled `grant_type` row of a
 * urlencoded or form-data body, when its value is a literal grant name (not a `{{variable}}`);
 * else undefined.
 */
export function grantType(body: JsonValue | undefined): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const mode = body.mode;
  const rows = mode === 'urlencoded' || mode === 'formdata' ? body[mode] : undefined;
  if (!Array.isArray(rows)) return undefined;
  let grant: string | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row || typeof row !== 'object' || Array.isArray(row) || row.disabled === true || row.key !== 'grant_type') continue;
    grant = typeof row.value === 'string' && /^[\w.:-]{1,60}$/.test(row.value) ? row.value : undefined;
  }
  return grant;
}
