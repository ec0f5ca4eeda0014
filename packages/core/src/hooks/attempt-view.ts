import type { ImgurAttempt } from '../types/hooks.js';
import { redact } from '../util/redact.js';
import { FIXED_HEADERS as FIXED } from '../util/fixed-headers.js';

/**
 * An attempt as a `request` hook sees it: `headers` and `url` copies with
 * every secret redacted. `apply()` writes the hook's changes back into
 * `headers` (lower-case names; a value left as shown keeps its secret) and
 * returns the URL to send: the original one with the hook's query (origin and
 * path cannot change).
 */
export function attemptView(attempt: number, headers: Record<string, string>, url: string, secrets: readonly (string | undefined)[]): { view: ImgurAttempt; apply(): string } {
  const shown: Record<string, string> = {};
  for (const name in headers) shown[name] = redact(headers[name]!, secrets);
  const before = { ...shown };
  const target = new URL(url);
  const query = [...target.searchParams];
  const hidden = new Map<string, string>();
  target.search = '';
  for (const [k, v] of query) {
    const r = redact(v, secrets);
    if (r !== v) hidden.set(`${k}=${r}`, v);
    target.searchParams.append(k, r);
  }
  const view: ImgurAttempt = { attempt, headers: shown, url: target };
  return {
    view,
    apply() {
      const original = { ...headers };
      for (const name in headers) delete headers[name];
      for (const [name, value] of Object.entries(shown)) {
        const key = name.toLowerCase();
        if (!FIXED.includes(key)) headers[key] = value === before[key] && key in original ? original[key]! : String(value);
      }
      for (const key of FIXED) if (key in original) headers[key] = original[key]!;
      const params = new URLSearchParams();
      for (const [k, v] of target.searchParams) params.append(k, hidden.get(`${k}=${v}`) ?? v);
      const q = String(params);
      return url.split('?')[0] + (q ? `?${q}` : '');
    },
  };
}
