/** Secrets shorter than this are matched only as they are: their encoded forms would match ordinary text. */
const MIN_ENCODED = 8;
/** Compiled matchers of the last secret lists seen (one per client, usually). */
const cache = new Map<string, RegExp | undefined>();

/**
 * The forms a server or library may echo `secret` in: as is, percent-encoded
 * (upper- and lower-case hex, twice, `+` for spaces), and as base64 and base64url at
 * each of the three byte alignments it can have inside a longer encoded text
 * (`Basic base64(id:secret)`, say): only the characters that depend on the
 * secret's bytes alone.
 */
function secretForms(secret: string): string[] {
  const forms = [secret];
  if (secret.length >= MIN_ENCODED && secret.length <= 1024) {
    const encoded = encodeURIComponent(secret);
    forms.push(encoded, encoded.toLowerCase(), encodeURIComponent(encoded), new URLSearchParams({ s: secret }).toString().slice(2));
    const bytes = [...new TextEncoder().encode(secret)];
    for (let shift = 0; shift < 3; shift++) {
      // Character i carries bits 6i..6i+5: keep those within the secret's bits.
      const core = btoa(String.fromCharCode(...Array(shift).fill(0), ...bytes)).slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6));
      forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return forms;
}

/** `text` as a regular expression matching it literally. */
const literal = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * A pattern matching `secret` with any of its characters percent-encoded (any case), one or all: a server that
 * echoes a credential in a URL may encode some characters and not others.
 */
const anyEscapes = (secret: string): string =>
  [...secret].map((ch) => `(?:${literal(ch)}|${[...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')})`).join('');

/**
 * One regular expression matching every form of every secret, in any letter case (Imgur's IDs and tokens are
 * hex, which a server may echo upper-cased; matching more than that only hides more), each secret of at least
 * 8 characters also with any of its characters percent-encoded: the longest secrets first, then the other
 * forms longest first, so a secret inside another never leaves the rest of the longer one. `undefined` for none. Cached per list (the last 16): a failing call costs
 * the same whatever came before.
 */
export function secretMatcher(secrets: readonly (string | undefined)[]): RegExp | undefined {
  const key = secrets.filter(Boolean).join('\0');
  if (!key) return undefined;
  let matcher = cache.get(key);
  if (!matcher) {
    const secretsByLength = key.split('\0').sort((a, b) => b.length - a.length);
    const forms = [...new Set(secretsByLength.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    const escaped = secretsByLength.filter((secret) => secret.length >= MIN_ENCODED && secret.length <= 1024).map(anyEscapes);
    matcher = new RegExp([...escaped, ...forms.map(literal)].join('|'), 'gi');
    if (cache.size >= 16) cache.delete(cache.keys().next().value!);
    cache.set(key, matcher);
  }
  return matcher;
}
