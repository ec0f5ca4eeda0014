/**
 * Names whose values are credentials wherever they appear (headers, form and
 * JSON fields, error fields), in any case and spelling: `Authorization`,
 * `Proxy-Authorization`, `Cookie`, `Set-Cookie`, `X-Mashape-Key`,
 * `access_token` / `accessToken` / `access-token` (also refresh and id
 * tokens), `client_secret` / `clientSecret`, `password`.
 */
const CREDENTIAL_KEY = /^(?:(?:proxy-?)?authori[sz]ation|(?:set-?)?cookie2?|x-?mashape-?key|(?:access|refresh|id|bearer|auth)[-_ ]?token|client[-_ ]?secret|pass(?:word|wd)?)$/i;

/** True when a field or header of this name carries a credential (see above). */
export function isCredentialKey(key: string): boolean {
  return key.length < 40 && CREDENTIAL_KEY.test(key);
}
