import { describe, expect, it } from 'vitest';
import { buildContext, collectionVariables } from '../../src/input/context.js';
import { walkRequests } from '../../src/input/folder.js';
import type { JsonObject } from '../../src/types.js';

const req = (url: string): JsonObject => ({ name: url, request: { method: 'GET', url } });

describe('collectionVariables', () => {
  it('keeps scalar values as strings, skips objects and missing values', () => {
    expect(collectionVariables({ variable: [{ key: 'a', value: 'x' }, { key: 'n', value: 3 }, { key: 'o', value: { x: 1 } }, { key: 'm' }] })).toEqual({ a: 'x', n: '3' });
  });

  it('skips disabled variables, as Postman does; an enabled one of the same name is used', () => {
    const variable: JsonObject[] = [
      { key: 'a', value: 'x', disabled: true },
      { key: 'b', value: 'on' },
      { key: 'b', value: 'off', disabled: 1 },
      { key: 'c', value: 'kept', disabled: false },
    ];
    expect(collectionVariables({ variable })).toEqual({ b: 'on', c: 'kept' });
  });
});

describe('buildContext', () => {
  it('most common literal origin wins (ties alphabetical); the OAuth 2 token URL from /oauth2/token, no authorization URL the collection does not have', () => {
    const collection: JsonObject = {
      item: [req('https://b.io/x'), req('https://a.io/x'), req('https://api.imgur.com/oauth2/token'), req('https://api.imgur.com/3/y'), req('https://{{hostname}}/3/z')],
    };
    const got = buildContext(collection, walkRequests(collection));
    expect(got.commonOrigin).toBe('https://api.imgur.com');
    expect(got.oauth2).toEqual({ tokenUrl: 'https://api.imgur.com/oauth2/token' });
  });

  it('the token request body gives the grant; a request to /oauth2/authorize gives the authorization URL', () => {
    const token = (mode: string, rows: JsonObject[]): JsonObject => ({
      name: 'Token',
      request: { method: 'POST', url: 'https://login.acme.com/oauth2/token', body: { mode, [mode]: rows } },
    });
    const grantOf = (item: JsonObject) => buildContext({ item: [item] }, walkRequests({ item: [item] })).oauth2;
    expect(grantOf(token('urlencoded', [{ key: 'grant_type', value: 'client_credentials' }]))).toEqual({
      tokenUrl: 'https://login.acme.com/oauth2/token',
      grant: 'client_credentials',
    });
    expect(
      grantOf(
        token('formdata', [
          { key: 'grant_type', value: 'password', disabled: true },
          { key: 'grant_type', value: 'refresh_token', type: 'text' },
        ]),
      )?.grant,
    ).toBe('refresh_token');
    expect(grantOf(token('urlencoded', [{ key: 'grant_type', value: '{{grant}}' }]))?.grant).toBeUndefined();
    const collection: JsonObject = { item: [req('https://login.acme.com/oauth2/authorize'), token('urlencoded', [{ key: 'grant_type', value: 'authorization_code' }])] };
    expect(buildContext(collection, walkRequests(collection)).oauth2).toEqual({
      tokenUrl: 'https://login.acme.com/oauth2/token',
      grant: 'authorization_code',
      authorizationUrl: 'https://login.acme.com/oauth2/authorize',
    });
  });

  it('later token requests at the same URL add the grants they send (each once), beside the first', () => {
    const token = (grant: string, host = 'login.acme.com'): JsonObject => ({
      name: 'Token',
      request: { method: 'POST', url: `https://${host}/oauth2/token`, body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: grant }] } },
    });
    const collection: JsonObject = { item: [token('password'), token('client_credentials'), token('password'), token('refresh_token', 'other.io'), token('{{g}}')] };
    expect(buildContext(collection, walkRequests(collection)).oauth2).toEqual({
      tokenUrl: 'https://login.acme.com/oauth2/token',
      grant: 'password',
      moreGrants: ['client_credentials'],
    });
  });

  it('a token route below a prefix or on a variable host -> no OAuth 2 guess', () => {
    const collection: JsonObject = { item: [req('https://x.io/v1/oauth2/token'), req('{{base}}/oauth2/token')] };
    const got = buildContext(collection, walkRequests(collection));
    expect(got.oauth2).toBeUndefined();
    expect(got.commonOrigin).toBe('https://x.io');
  });
});
