/** Hosts a base URL naming Imgur may have (exactly; a subdomain of imgur.com too). */
const OFFICIAL = /^(?:(?:[a-z0-9-]+\.)*imgur\.com|imgur-apiv3\.p\.mashape\.com)$/;

/** True for the loopback hosts plain `http:` is allowed on (the mock, a local proxy): 127.0.0.0/8, `localhost`, `[::1]`. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Why `value` cannot be a base URL that credentials are sent to, or
 * `undefined` when it can. Refused: anything that is not an absolute URL;
 * a scheme other than `https:` (plain `http:` only on a loopback host);
 * a user name or password (`https://api.imgur.com@evil.example` is a
 * request to evil.example); a query or fragment; a host that looks like
 * Imgur's without being it (`api.imgur.com.evil.example`, `imgur.co`,
 * an internationalised `xn--` name, a trailing dot). The check is on the
 * parsed URL, as `fetch` and node:http read it.
 */
export function checkBaseUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'it must be a string';
  // Parsers skip leading/trailing C0 controls and spaces and drop tabs and newlines inside: what is checked must be what is sent.
  if (/[\0-\x20\x7f\\]/.test(value)) return 'it contains a space, a control character or a backslash';
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'it is not an absolute URL (scheme://host)';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'it is not an absolute URL';
  }
  const { protocol, hostname } = url;
  if (url.username || url.password || value.slice(protocol.length + 2).split(/[/?#]/)[0]!.includes('@'))
    return 'it has a user name or password (the part before "@" is not the host)';
  if (protocol !== 'https:' && !(protocol === 'http:' && isLoopback(hostname))) return 'it must use https: (plain http: only on 127.0.0.1, localhost or [::1])';
  if (url.search || url.hash || /[?#]/.test(value)) return 'it has a query or fragment';
  if (/(?:^|\.)xn--/.test(hostname) || hostname.endsWith('.') || (!OFFICIAL.test(hostname) && /imgur|mashape/.test(hostname.replace(/[^a-z]/g, ''))))
    return `its host "${hostname}" looks like Imgur's without being it`;
  return undefined;
}

/** `value` for an error message: at most 200 characters, quoted, any user name and password replaced. */
export function showBaseUrl(value: unknown): string {
  return JSON.stringify(String(value).replace(/\/\/[^/?#]*@/, '//[redacted]@').slice(0, 200));
}
