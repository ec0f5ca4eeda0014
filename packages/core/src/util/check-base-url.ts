/** Hosts a base URL naming Imgur may have: imgur.com and its subdomains, and the Mashape host. */
const OFFICIAL = /^(?:(?:[a-z0-9-]+\.)*imgur\.com|imgur-apiv3\.p\.mashape\.com)$/;

/**
 * Why `value` cannot be a base URL that credentials are sent to, or
 * `undefined` when it can. Refused: anything that is not an absolute
 * `scheme://host` URL; a scheme other than `https:` (plain `http:` only on
 * 127.0.0.0/8, `localhost` or `[::1]`, for the mock or a local proxy); a user
 * name or password (`https://api.imgur.com@evil.example` is a request to
 * evil.example); a query or fragment; spaces, control characters or
 * backslashes (which parsers drop or read as `/`); a host that looks like
 * Imgur's without being it (`api.imgur.com.evil.example`, `imgur.co`, an
 * internationalised `xn--` name, a trailing dot).
 */
export function checkBaseUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'not a string';
  if (/[\0-\x20\x7f\\]/.test(value)) return 'a space, control character or backslash';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not an absolute URL';
  }
  const { protocol, hostname: host } = url;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'not an absolute URL';
  if (url.username || url.password || /^[^/?#]*@/.test(value.slice(protocol.length + 2))) return 'a user name or password';
  if (protocol !== 'https:' && !(protocol === 'http:' && /^(?:localhost|\[::1\]|127(?:\.\d+){3})$/.test(host))) return 'not https: (http: only on localhost, 127.x.x.x or [::1])';
  if (/[?#]/.test(value)) return 'a query or fragment';
  if (/(?:^|\.)xn--|\.$/.test(host) || (!OFFICIAL.test(host) && /imgur|mashape/.test(host.replace(/[^a-z]/g, '')))) return `a host that looks like Imgur's: ${host}`;
  return undefined;
}

/** `value` for an error message: quoted, at most 200 characters, any user name and password replaced. */
export function showBaseUrl(value: unknown): string {
  return JSON.stringify(
    String(value)
      .replace(/\/\/[^/?#]*@/, '//[redacted]@')
      .slice(0, 200),
  );
}
