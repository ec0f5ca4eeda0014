import { describe, expect, it } from 'vitest';
import { convertRequest } from '../../src/request/request.js';
import type { CollectionContext, JsonObject, RequestEntry } from '../../src/types.js';

const context: CollectionContext = {
  variables: { username: 'leaked-user', hostname: 'api.imgur.com' },
  commonOrigin: 'https://api.imgur.com',
  oauth2: { tokenUrl: 'https://api.imgur.com/oauth2/token', authorizationUrl: 'https://api.imgur.com/oauth2/authorize' },
};
const entry = (request: JsonObject | string, extra: JsonObject = {}): RequestEntry => ({
  raw: { name: 'Req', request, ...extra },
  name: 'Req',
  folders: ['Account'],
  pointer: '/item/0/item/2',
  inheritedAuth: [],
});

describe('convertRequest', () => {
  it('an Imgur-style request -> path template, server, params, security, responses, traceability', () => {
    const { draft, warnings } = convertRequest(
      entry({
        method: 'GET',
        header: [
          { key: 'Authorization', value: 'Client-ID {{clientId}}' },
          { key: 'Authorization', value: 'Bearer {{accessToken}}', disabled: true },
        ],
        url: {
          raw: 'https://api.imgur.com/3/account/{{username}}/albums/{{page}}',
          protocol: 'https',
          host: ['api', 'imgur', 'com'],
          path: ['3', 'account', '{{username}}', 'albums', '{{page}}'],
        },
        description: 'Get all the albums.\n\n#### Response Model: [Album](https://api.imgur.com/models/album)',
      }),
      context,
    );
    expect(warnings).toEqual([]);
    expect(draft?.method).toBe('get');
    expect(draft?.path).toBe('/3/account/{username}/albums/{page}');
    expect(draft?.server).toEqual({ url: 'https://api.imgur.com' });
    expect(draft?.operation).toMatchObject({
      summary: 'Get all the albums.',
      tags: ['Account'],
      security: [{ ClientId: [] }, { OAuth2: [] }],
      'x-postman-name': 'Req',
      'x-postman-folder': 'Account',
      responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Album' } } } } },
    });
    expect(draft?.operation.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(['path:username', 'path:page']);
    expect(Object.keys(draft?.schemes ?? {})).toEqual(['ClientId', 'OAuth2']);
    expect(JSON.stringify(draft)).not.toContain('leaked-user');
  });

  it('no URL -> skipped with a warning naming the request', () => {
    const { draft, warnings } = convertRequest(entry({ method: 'GET', url: { raw: '' }, description: 'Deprecated.' }), context);
    expect(draft).toBeUndefined();
    expect(warnings).toEqual([{ code: 'skipped', folder: 'Account', request: 'Req', pointer: '/item/0/item/2/request/url', message: 'request has no URL; left out' }]);
  });

  it('a request with no url key at all -> skipped', () => {
    expect(convertRequest(entry({ method: 'GET' }), context).warnings.map((w) => w.code)).toEqual(['skipped']);
  });

  it('unknown method -> skipped', () => {
    expect(convertRequest(entry({ method: 'PURGE', url: 'https://x.io/a' }), context).warnings.map((w) => w.code)).toEqual(['skipped']);
  });

  it('v2.0 string request (URL only) -> GET operation without description', () => {
    const { draft } = convertRequest(entry('https://api.imgur.com/3/credits'), context);
    expect(draft?.method).toBe('get');
    expect(draft?.operation.summary).toBe('Req');
    expect(draft?.operation.security).toEqual([]);
  });

  it('broken raw JSON body and unknown model page -> warnings', () => {
    const { warnings } = convertRequest(
      entry({
        method: 'POST',
        url: 'https://x.io/a',
        header: [{ key: 'Content-Type', value: 'application/json' }],
        body: { mode: 'raw', raw: '{"a": ' },
        description: '#### Response Model: [Thing](https://api.imgur.com/models/thing)',
      }),
      context,
    );
    expect(warnings.map((w) => w.code)).toEqual(['invalid-json', 'unknown-model']);
  });

  it('item-level description is used when the request has none', () => {
    const { draft } = convertRequest(entry({ method: 'GET', url: 'https://x.io/a' }, { description: 'From the item.' }), context);
    expect(draft?.operation.summary).toBe('From the item.');
  });
});
