import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl } from '../../src/auth/oauth-authorize-url.js';
import { ImgurUsageError } from '../../src/errors/usage-errors.js';

describe('buildAuthorizeUrl', () => {
  it('builds a response_type=token URL with the given state', () => {
    const { url, state } = buildAuthorizeUrl({ clientId: 'abc 123', state: 's&1' });
    expect(state).toBe('s&1');
    const u = new URL(url);
    expect(u.origin + u.pathname).toBe('https://api.imgur.com/oauth2/authorize');
    expect(Object.fromEntries(u.searchParams)).toEqual({ client_id: 'abc 123', response_type: 'token', state: 's&1' });
  });

  it('generates a fresh random state of 32 hex characters when none is given', () => {
    const a = buildAuthorizeUrl({ clientId: 'c' });
    const b = buildAuthorizeUrl({ clientId: 'c' });
    expect(a.state).toMatch(/^[0-9a-f]{32}$/);
    expect(a.state).not.toBe(b.state);
    expect(new URL(a.url).searchParams.get('state')).toBe(a.state);
  });

  it('honours baseUrl', () => {
    expect(buildAuthorizeUrl({ clientId: 'c', state: 's', baseUrl: 'http://127.0.0.1:8080/' }).url).toBe(
      'http://127.0.0.1:8080/oauth2/authorize?client_id=c&response_type=token&state=s',
    );
  });

  it('refuses a baseUrl that is not https: (loopback http: aside), has a user name, or looks like Imgur', () => {
    for (const baseUrl of [
      'javascript:alert(document.cookie)//',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc',
      'http://api.imgur.com',
      'https://api.imgur.com@evil.example',
      'https://api.imgur.com.evil.example',
      '',
    ]) {
      expect(() => buildAuthorizeUrl({ clientId: 'c', state: 's', baseUrl }), baseUrl).toThrow(ImgurUsageError);
    }
    expect(() => buildAuthorizeUrl({ clientId: 'c', baseUrl: 'javascript:x//' })).toThrow(
      'buildAuthorizeUrl: baseUrl must be an https: URL (not an absolute URL), got "javascript:x//".',
    );
    for (const baseUrl of ['http://localhost:3000', 'http://[::1]:9', 'https://api.imgur.com/'])
      expect(buildAuthorizeUrl({ clientId: 'c', state: 's', baseUrl }).url).toContain('/oauth2/authorize?');
  });
});
