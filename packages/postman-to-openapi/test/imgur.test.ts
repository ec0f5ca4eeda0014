import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/index.js';
import { templateKey, templateNames } from '../src/naming/path-names.js';
import type { JsonObject } from '../src/types.js';
import { countRequests, leakedSegments } from './support/leaks.js';
import { openApiErrors } from './support/validate.js';

const path = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'spec', 'imgur.postman_collection.json');
const text = readFileSync(path, 'utf8');
const collection = JSON.parse(text) as JsonObject;
const result = convert(text, { source: 'imgur.postman_collection.json' });
const { document, warnings, summary } = result;
const operations = Object.entries(document.paths).flatMap(([p, item]) => Object.entries(item).map(([m, op]) => ({ path: p, method: m, op })));
const messages = (code: string) => warnings.filter((w) => w.code === code).map((w) => `${w.folder} / ${w.request}: ${w.message}`);

describe('the pinned Imgur collection (spec/imgur.postman_collection.json)', () => {
  it('85 upstream requests + extras -> operations, exactly 6 Authed/Un-Authed merges, 1 skip', () => {
    expect(countRequests(collection.item)).toBe(87);
    expect(summary.requests).toBe(87);
    const merges = warnings.filter((w) => w.code === 'merged');
    expect(merges.map((w) => w.request).sort()).toEqual([
      'Add Images to an Album (Authed)',
      'Album Deletion (Authed)',
      'Image Deletion (Authed)',
      'Remove Images from an Album (Authed)',
      'Set Album Images (Authed)',
      'Update Image Information (Authed)',
    ]);
    for (const w of merges) expect(w.message).toMatch(/merged into the operation of .*\(Un-Authed\)/);
    expect(summary).toMatchObject({ operations: 80, merged: 6, skipped: 1 });
    expect(operations).toHaveLength(80);
  });

  it('skips Random Gallery Images by folder/request and JSON pointer', () => {
    expect(warnings.filter((w) => w.code === 'skipped')).toEqual([
      {
        code: 'skipped',
        folder: 'Gallery',
        request: 'Random Gallery Images',
        pointer: '/item/3/item/9/request/url',
        message: 'request has no URL; left out',
      },
    ]);
  });

  it('is a valid OpenAPI 3.1 document with no equivalent templated paths and every path parameter declared', async () => {
    expect(await openApiErrors(document)).toEqual([]);
    const keys = Object.keys(document.paths).map(templateKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { path: p, op } of operations) {
      const declared = (op.parameters ?? [])
        .filter((x) => x.in === 'path')
        .map((x) => x.name)
        .sort();
      expect(declared, p).toEqual(templateNames(p).sort());
    }
    expect(Object.keys(document.paths)).toContain('/3/account/me/settings');
    expect(Object.keys(document.paths)).toContain('/3/account/{username}/settings');
  });

  it('keeps full paths relative to https://api.imgur.com, the {{hostname}} host as a server variable', () => {
    expect(document.servers[0]).toEqual({ url: 'https://api.imgur.com' });
    for (const p of ['/3/album/{albumHash}', '/oauth2/token', '/account/v1/{username}/block']) expect(Object.keys(document.paths)).toContain(p);
    const hosted = operations.filter(({ op }) => op.servers);
    expect(hosted.map(({ op }) => op.servers)).toEqual([[{ url: 'https://{hostname}', variables: { hostname: expect.objectContaining({ default: 'api.imgur.com' }) } }]]);
  });

  it('describes Client-ID and OAuth 2 with stable names; the token route takes no auth', () => {
    expect(document.components.securitySchemes.ClientId).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
    // The collection refreshes tokens at /oauth2/token but never names the authorization URL: no flow is
    // invented (spec/overlays/02-oauth2.yaml states Imgur's implicit flow from Imgur's API documentation).
    expect(document.components.securitySchemes.OAuth2).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      'x-postman-oauth2': { grant: 'refresh_token', tokenUrl: 'https://api.imgur.com/oauth2/token', missing: ['authorizationUrl'] },
    });
    expect(JSON.stringify(document)).not.toContain('oauth2/authorize');
    expect(messages('incomplete-auth')).toHaveLength(1);
    expect(document.paths['/oauth2/token']?.post?.security).toEqual([]);
    expect(document.paths['/3/image/{imageHash}']?.delete?.security).toEqual([{ ClientId: [] }, { OAuth2: [] }]);
    expect(document.paths['/3/image/{imageHash}']?.delete?.parameters?.[0]?.['x-aliases']).toEqual(['imageDeleteHash']);
  });

  it('reports every parameter-table mismatch it resolves and every documented parameter it adds', () => {
    const matched = messages('param-matched');
    for (const [request, key, name] of [
      ['Account Gallery Favorites', 'favoriteSort', 'favoritesSort'],
      ['Account Favorites', 'sort', 'favoritesSort'],
      ['Comment IDs', 'commentSort', 'sort'],
      ['Subreddit Image', 'image_id', 'subredditImageId'],
      ['Gallery Item Tags', 'id', 'galleryHash'],
    ])
      expect(
        matched.some((m) => m.includes(`/ ${request}:`) && m.includes(`key "${key}" matched path parameter "${name}"`)),
        `${request} ${key}`,
      ).toBe(true);
    const added = messages('param-added');
    for (const key of ['account_id', 'new', 'q_all', 'q_any', 'q_exactly', 'q_not', 'q_type', 'q_size_px']) {
      expect(
        added.some((m) => m.includes(`key "${key}"`)),
        key,
      ).toBe(true);
    }
    const search = document.paths['/3/gallery/search/{sort}/{window}/{page}']?.get?.parameters ?? [];
    expect(search.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(expect.arrayContaining(['q', 'q_all', 'q_type']));
  });

  it('never copies a credential variable value into the output', () => {
    expect(leakedSegments(collection, document)).toEqual([]);
    const serialized = JSON.stringify(document);
    const variables = (collection.variable ?? []) as JsonObject[];
    const secrets = variables.filter((v) => ['clientId', 'clientSecret', 'refreshToken', 'accessToken'].includes(String(v.key))).map((v) => String(v.value));
    expect(secrets).toHaveLength(4);
    for (const value of secrets) expect(serialized).not.toContain(value);
  });

  it('response models point at components, placeholders marked', () => {
    const op = document.paths['/3/album/{albumHash}']?.get;
    expect(op?.responses['200']?.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/Album' });
    expect(document.components.schemas.Album?.['x-placeholder']).toBe(true);
  });
});
