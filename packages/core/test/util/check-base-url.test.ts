import { describe, expect, it } from 'vitest';
import { checkBaseUrl, showBaseUrl } from '../../src/util/check-base-url.js';

describe('checkBaseUrl', () => {
  const refused: [string, RegExp][] = [
    ['https://api.imgur.com@evil.example', /user name or password/],
    ['https://user:pw@api.imgur.com', /user name or password/],
    ['https://api.imgur.com:443@evil.example/3', /user name or password/],
    ['https://%61pi.imgur.com@evil.example', /user name or password/],
    ['http://api.imgur.com', /not https:/],
    ['http://evil.example', /not https:/],
    ['http://127.0.0.1.evil.example', /not https:/],
    ['http://localhost.evil.example:80', /not https:/],
    ['javascript:alert(1)//', /not an absolute URL/],
    ['data:text/html,<script>alert(1)</script>', /not an absolute URL/],
    ['ftp://x', /not https:/],
    ['file:///etc/passwd', /not https:/],
    ['ws://127.0.0.1', /not https:/],
    ['api.imgur.com', /not an absolute URL/],
    ['//api.imgur.com', /not an absolute URL/],
    ['https:api.imgur.com', /not an absolute URL/],
    ['https://api.imgur.com\\@evil.example', /backslash/],
    [' https://api.imgur.com', /space, control character/],
    ['https://api.imgur.com\n.evil.example', /control character/],
    ['https://api.imgur.com?x=1', /query or fragment/],
    ['https://api.imgur.com#x', /query or fragment/],
    ['https://api.imgur.com.evil.example', /looks like Imgur's/],
    ['https://api.imgur.com%2eevil.example', /looks like Imgur's/],
    ['https://api-imgur.com', /looks like Imgur's/],
    ['https://imgur.co', /looks like Imgur's/],
    ['https://api.1mgur.imgur.com.example', /looks like Imgur's/],
    ['https://api.imgur.com.', /looks like Imgur's/],
    ['https://api.ımgur.com', /looks like Imgur's/],
    ['https://аpi.imgur.com', /looks like Imgur's/],
    ['https://imgur-apiv3.p.mashape.com.evil.example', /looks like Imgur's/],
    ['https://', /not an absolute URL/],
  ];
  for (const [value, why] of refused) it(`refuses ${JSON.stringify(value)}`, () => expect(checkBaseUrl(value)).toMatch(why));

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 1, new URL('https://api.imgur.com')]) expect(checkBaseUrl(value)).toBe('not a string');
  });

  it('accepts Imgur, Mashape, a proxy on https: and loopback http: (the mock)', () => {
    for (const value of [
      'https://api.imgur.com',
      'https://api.imgur.com/',
      'HTTPS://API.IMGUR.COM',
      'https://imgur-apiv3.p.mashape.com',
      'https://proxy.example.com:8443/imgur',
      'http://127.0.0.1:8080',
      'http://127.5.6.7',
      'http://localhost:3000/',
      'http://[::1]:9000',
      'https://10.0.0.1',
    ])
      expect(checkBaseUrl(value), value).toBeUndefined();
  });

  it('shows a refused value without its user name and password, at most 200 characters', () => {
    expect(showBaseUrl('https://user:hunter2@evil.example/x')).toBe('"https://[redacted]@evil.example/x"');
    expect(showBaseUrl(`https://${'a'.repeat(500)}`)).toHaveLength(202);
  });
});
