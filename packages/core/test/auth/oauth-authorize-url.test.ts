import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl } from '../../src/auth/oauth-authorize-url.js';

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
});
