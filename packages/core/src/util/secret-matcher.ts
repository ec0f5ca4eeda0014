/** Secrets shorter than this are matched only as they are: their encoded forms would match ordinary text. */
const MIN_ENCODED = 8;
/** Compiled matchers of the last secret lists seen (one per client, usually). */
const cache = new Map<string, RegExp | undefined>();
const CACHE_SIZE = 16;

/** `bytes` as base64 (`+/`). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/=+$/, '');
}

/**
 * The forms a server or library may echo `secret` in: as is, percent-encoded
 * (upper- and lower-case hex, once and twice, `+` for spaces), JSON-escaped,
 * and as base64 and base64url at each of the three byte alignments it can
 * have inside a longer encoded text (`Basic base64(id:secret)`, say): only the
 * characters that depend on the secret's bytes alone.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set([secret]);
  if (secret.length >= MIN_ENCODED) {
    const once = encodeURIComponent(secret);
    for (const form of [once, encodeURIComponent(once), new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)]) {
      forms.add(form);
      forms.add(form.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
    }
    const bytes = new TextEncoder().encode(secret);
    for (let shift = 0; shift < 3; shift++) {
      const padded = new Uint8Array(shift + bytes.length);
      padded.set(bytes, shift);
      const text = base64(padded);
      // Character i carries bits 6i..6i+5: keep those that lie within the secret's bits.
      const core = text.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6));
      if (core.length >= MIN_ENCODED) forms.add(core).add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...forms];
}

/**
 * One regular expression matching every form of every secret (longest
 * first, so a secret inside another never leaves the rest of the longer one),
 * or `undefined` for none. Cached per list: a failing call costs the same
 * whatever came before.
 */
export function secretMatcher(secrets: readonly (string | undefined)[]): RegExp | undefined {
  const list = secrets.filter((s): s is string => typeof s === 'string' && s !== '');
  if (!list.length) return undefined;
  const key = list.join('\0');
  if (cache.has(key)) return cache.get(key);
  const forms = [...new Set(list.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  const matcher = new RegExp(forms.map((f) => f.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'), 'g');
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, matcher);
  return matcher;
}
