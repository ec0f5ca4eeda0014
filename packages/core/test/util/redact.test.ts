import { describe, expect, it } from 'vitest';
import { redact, redactValue } from '../../src/util/redact.js';

describe('redact', () => {
  const cases = [
    { given: 'token abc123 leaked', secrets: ['abc123'], want: 'token [redacted] leaked' },
    { given: 'Authorization: Bearer eyJ.x-y', secrets: [], want: 'Authorization: Bearer [redacted]' },
    { given: 'Client-ID 9f8e7d', secrets: [], want: 'Client-ID [redacted]' },
    { given: 'body access_token=aaa&refresh_token=bbb&x=1', secrets: [], want: 'body access_token=[redacted]&refresh_token=[redacted]&x=1' },
    { given: '{"client_secret": "s3cr3t"}', secrets: [], want: '{"client_secret": "[redacted]"}' },
    { given: 'X-Mashape-Key: k1', secrets: [undefined, ''], want: 'X-Mashape-Key: [redacted]' },
    { given: 'nothing here', secrets: ['zzz'], want: 'nothing here' },
    {
      given: '{"accessToken":"a1","refresh-token": "b2","clientSecret":"c3"}',
      secrets: [],
      want: '{"accessToken":"[redacted]","refresh-token": "[redacted]","clientSecret":"[redacted]"}',
    },
    { given: 'Proxy-Authorization: Basic dXNlcjpwYXNz', secrets: [], want: 'Proxy-Authorization: Basic [redacted]' },
    { given: 'Basic authentication failed', secrets: [], want: 'Basic authentication failed' },
    {
      given: `echo ${encodeURIComponent('to/ken+secret=1')} ${encodeURIComponent('to/ken+secret=1').toLowerCase()}`,
      secrets: ['to/ken+secret=1'],
      want: 'echo [redacted] [redacted]',
    },
    {
      given: `b64 ${btoa('s3cret-token-value')} url ${btoa('xs3cret-token-value').replace(/\+/g, '-').replace(/\//g, '_')}`,
      secrets: ['s3cret-token-value'],
      want: 'b64 [redacted] url eH[redacted]Q==',
    },
  ];
  for (const { given, secrets, want } of cases) {
    it(`${given} -> ${want}`, () => {
      expect(redact(given, secrets)).toBe(want);
    });
  }

  it('redactValue redacts strings deep inside JSON-like values', () => {
    expect(redactValue({ a: ['k-1 here', 2, null], b: { c: 'k-1' } }, ['k-1'])).toEqual({ a: ['[redacted] here', 2, null], b: { c: '[redacted]' } });
    expect(redactValue(5)).toBe(5);
  });
});

describe('redact (overlapping secrets, keys)', () => {
  it('redacts the longer of two overlapping secrets whole', () => {
    expect(redact('x abcdefgh-long y', ['abcdefgh', 'abcdefgh-long'])).toBe('x [redacted] y');
  });

  it('redactValue redacts object keys, keeps __proto__ as an own key', () => {
    const value = JSON.parse('{"k-1=a":{"__proto__":{"k-1":1}},"list":[{"k-1":"k-1"}]}');
    const out = redactValue(value, ['k-1']) as Record<string, unknown>;
    expect(out).toEqual({ '[redacted]=a': JSON.parse('{"__proto__":{"[redacted]":1}}'), list: [{ '[redacted]': '[redacted]' }] });
    expect(Object.getPrototypeOf(out['[redacted]=a'])).toBe(Object.prototype);
    expect(Object.keys(out['[redacted]=a'] as object)).toEqual(['__proto__']);
  });
});

describe('redact (forms a server echoes a credential in)', () => {
  const id = 'a1b2c3d4e5f6a7b';
  const token = '0123456789abcdef0123456789abcdef01234567';
  const pct = (text: string): string => [...text].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');

  it('hides a secret in any letter case (hex upper-cased by the server)', () => {
    expect(redact(`x-echo: ${id.toUpperCase()}; t=${token.toUpperCase()}`, [id, token])).toBe('x-echo: [redacted]; t=[redacted]');
  });

  it('hides a secret with all, some or one of its characters percent-encoded, in any case', () => {
    for (const shown of [pct(id), pct(id).toUpperCase(), `${id.slice(0, -1)}%62`, `%61${id.slice(1, 7)}${pct(id.slice(7))}`]) {
      expect([shown, redact(`http://127.0.0.1/landed?echo=${shown}&x=1`, [id])]).toEqual([shown, 'http://127.0.0.1/landed?echo=[redacted]&x=1']);
    }
    expect(redact(`http://${pct(token)}:x@127.0.0.1/`, [token])).toBe('http://[redacted]:x@127.0.0.1/');
  });

  it('leaves text that only shares part of a secret alone', () => {
    expect(redact(`${id.slice(0, 8)} and %61%31`, [id])).toBe(`${id.slice(0, 8)} and %61%31`);
  });
});
