import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateReference } from '../../src/reference/generate-reference.js';
import type { JsonObject } from '../../src/types.js';

const spec: JsonObject = {
  openapi: '3.1.0',
  components: {
    securitySchemes: { ClientId: { type: 'apiKey', in: 'header', name: 'Authorization' }, OAuth2: { type: 'oauth2', flows: {} } },
    schemas: { Album: { type: 'object', properties: { id: { type: 'string' } } } },
  },
  paths: {
    '/3/album/{albumHash}': {
      get: {
        tags: ['Album'],
        operationId: 'album.getAlbum',
        summary: 'Gets an album | with <b>html</b>.',
        security: [{ ClientId: [] }, { OAuth2: [] }],
        parameters: [
          { name: 'albumHash', in: 'path', required: true, schema: { type: 'string' }, description: 'The album id.' },
          { name: 'sort', in: 'query', schema: { type: 'string', enum: ['new', 'old'], default: 'new' }, description: 'Order.' },
        ],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { data: { $ref: '#/components/schemas/Album' } } } } } } },
      },
    },
    '/3/image': {
      post: {
        tags: ['Image'],
        operationId: 'image.uploadImage',
        security: [{ OAuth2: [] }],
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: { type: 'object', required: ['image'], properties: { image: { type: 'string', format: 'binary' }, title: { type: 'string', description: 'Title.' } } },
            },
          },
        },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'boolean' } } } } } } },
      },
    },
  },
};

describe('generateReference', () => {
  const files = generateReference(spec, new Map([['album', '@imgur-ts/album']]));

  it('writes an index and one page per tag', () => {
    expect([...files.keys()]).toEqual(['operations-album.md', 'operations-image.md', 'operations.md']);
    expect(files.get('operations.md')).toContain('| Operations of @imgur-ts/album | `@imgur-ts/album` | 1 |\n| Operations: Image | — | 1 |');
  });

  it('lists each operation with method, path, auth, every input (required or not, default) and the return type', () => {
    const album = files.get('operations-album.md') ?? '';
    expect(album).toContain('---\ntitle: Operations of @imgur-ts/album\n---');
    expect(album).toContain('| `getAlbum` | `GET /3/album/{albumHash}` | Client-ID or user token (OAuth2 Bearer) | `Album` |');
    expect(album).toContain('Operation `album.getAlbum`: `GET /3/album/{albumHash}` · auth: Client-ID or user token (OAuth2 Bearer) · returns: `Album`.');
    expect(album).toContain('Gets an album | with &lt;b&gt;html&lt;/b&gt;.');
    expect(album).toContain('| `albumHash` | path | `string` | yes | The album id. |');
    expect(album).toContain('| `sort` | query | `"new" \\| "old"` | no (default `"new"`) | Order. |');
  });

  it('documents a tag without a package as reachable through rawClient, with its body fields', () => {
    const image = files.get('operations-image.md') ?? '';
    expect(image).toContain('call them with `rawClient(client)`');
    expect(image).toContain('auth: user token (OAuth2 Bearer) · returns: `boolean` · body: multipart.');
    expect(image).toContain('| `image` | body | `UploadSource` | yes |  |');
    expect(image).toContain('| `title` | body | `string` | no | Title. |');
  });

  it('covers every operation of spec/openapi.json exactly once, with its method and path', () => {
    const real = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../spec/openapi.json', import.meta.url)), 'utf8')) as JsonObject;
    const pages = [...generateReference(real, new Map()).entries()].filter(([name]) => name !== 'operations.md');
    const text = pages.map(([, t]) => t).join('\n');
    const routes: string[] = [];
    for (const [path, item] of Object.entries(real.paths as Record<string, Record<string, { operationId?: string }>>)) {
      for (const [method, op] of Object.entries(item)) {
        if (!['get', 'put', 'post', 'delete', 'patch', 'head'].includes(method)) continue;
        routes.push(`Operation \`${op.operationId}\`: \`${method.toUpperCase()} ${path}\``);
      }
    }
    expect(routes.length).toBeGreaterThan(70);
    for (const r of routes) expect(text.split(r).length - 1, r).toBe(1);
  });
});
