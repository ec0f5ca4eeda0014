import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff/diff-specs.js';
import type { Change, OpenApiDocument } from '../../src/types.js';

const BASE = JSON.parse(readFileSync(new URL('../fixtures/base.openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;

/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are edited as plain JSON */
// biome-ignore lint/suspicious/noExplicitAny: test documents are edited deep in place; a JSON type would need a cast at every step
type Doc = any;
const ALBUM = '/3/album/{albumHash}';
const GALLERY = '/3/gallery/{section}/{page}';
const IMAGE = '/3/image/{imageHash}';

/** Shorthand of a change: `kind severity [packages] location`. */
function short(c: Change): string {
  const where = [c.operationId, c.location].filter((x) => x !== undefined && x !== '').join(' ');
  const values = [c.before, c.after].filter((x) => x !== undefined).join(' -> ');
  return `${c.kind} ${c.severity} [${c.packages.map((p) => p.replace('@imgur-ts/', '')).join(',')}] ${where}${values ? ` (${values})` : ''}`;
}

interface Case {
  readonly name: string;
  /** Applied to both documents first. */
  readonly given?: (doc: Doc) => void;
  readonly edit: (doc: Doc) => void;
  readonly want: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'nothing changed', edit: () => {}, want: [] },
  {
    name: 'operation added',
    edit: (d) => {
      d.paths[`${ALBUM}/images`] = { get: { operationId: 'album.getAlbumImages', tags: ['Album'], responses: {} } };
    },
    want: ['operation.added feature [album,client] album.getAlbumImages'],
  },
  {
    name: 'operation removed',
    edit: (d) => {
      delete d.paths[IMAGE];
    },
    want: ['operation.removed breaking [client,image] image.getImage'],
  },
  {
    name: 'operation moved to another path',
    edit: (d) => {
      d.paths['/3/img/{imageHash}'] = d.paths[IMAGE];
      delete d.paths[IMAGE];
    },
    want: ['operation.moved breaking [client,image] image.getImage (GET /3/image/{imageHash} -> GET /3/img/{imageHash})'],
  },
  {
    name: 'operation retagged: removed from one package, added to another',
    edit: (d) => {
      d.paths[IMAGE].get.tags = ['Gallery'];
    },
    want: ['operation.added feature [gallery] image.getImage', 'operation.removed breaking [image] image.getImage'],
  },
  {
    name: 'operation retagged and changed: the client, which keeps it, gets the details',
    edit: (d) => {
      d.paths[IMAGE].get.tags = ['Gallery'];
      d.paths[IMAGE].get.parameters.push({ name: 'fields', in: 'query', schema: { type: 'string' } });
    },
    want: [
      'operation.added feature [gallery] image.getImage',
      'parameter.added.optional feature [client] image.getImage query parameter fields',
      'operation.removed breaking [image] image.getImage',
    ],
  },
  {
    name: 'operation deprecated',
    edit: (d) => {
      d.paths[IMAGE].get.deprecated = true;
    },
    want: ['operation.deprecated feature [client,image] image.getImage'],
  },
  {
    name: 'optional parameter added',
    edit: (d) => {
      d.paths[GALLERY].get.parameters.push({ name: 'perPage', in: 'query', schema: { type: 'integer' } });
    },
    want: ['parameter.added.optional feature [client,gallery] gallery.getGallery query parameter perPage'],
  },
  {
    name: 'required parameter added',
    edit: (d) => {
      d.paths[GALLERY].get.parameters.push({ name: 'q', in: 'query', required: true, schema: { type: 'string' } });
    },
    want: ['parameter.added.required breaking [client,gallery] gallery.getGallery query parameter q'],
  },
  {
    name: 'parameter removed',
    edit: (d) => {
      d.paths[GALLERY].get.parameters.pop();
    },
    want: ['parameter.removed breaking [client,gallery] gallery.getGallery query parameter showViral'],
  },
  {
    name: 'parameter made required',
    edit: (d) => {
      d.paths[GALLERY].get.parameters[2].required = true;
    },
    want: ['parameter.made-required breaking [client,gallery] gallery.getGallery query parameter showViral'],
  },
  {
    name: 'parameter made optional',
    given: (d) => {
      d.paths[GALLERY].get.parameters[2].required = true;
    },
    edit: (d) => {
      d.paths[GALLERY].get.parameters[2].required = false;
    },
    want: ['parameter.made-optional feature [client,gallery] gallery.getGallery query parameter showViral'],
  },
  {
    name: 'parameter type changed',
    edit: (d) => {
      d.paths[GALLERY].get.parameters[1].schema = { type: 'string' };
    },
    want: ['parameter.type-changed breaking [client,gallery] gallery.getGallery path parameter page (integer -> string)'],
  },
  {
    name: 'path-level parameter counts for every operation of the path',
    edit: (d) => {
      d.paths[ALBUM].parameters.push({ name: 'fields', in: 'query', schema: { type: 'string' } });
    },
    want: [
      'parameter.added.optional feature [album,client] album.getAlbum query parameter fields',
      'parameter.added.optional feature [album,client] album.updateAlbum query parameter fields',
    ],
  },
  {
    name: 'enum value added to a request parameter',
    edit: (d) => {
      d.paths[GALLERY].get.parameters[0].schema.enum.push('random');
    },
    want: ['enum.value-added feature [client,gallery] gallery.getGallery enum of path parameter section ("random")'],
  },
  {
    name: 'enum value removed from a request parameter',
    edit: (d) => {
      d.paths[GALLERY].get.parameters[0].schema.enum = ['hot', 'top'];
    },
    want: ['enum.value-removed breaking [client,gallery] gallery.getGallery enum of path parameter section ("user")'],
  },
  {
    name: 'enum value added to a request body field',
    edit: (d) => {
      d.paths[ALBUM].post.requestBody.content['multipart/form-data'].schema.properties.layout.enum.push('vertical');
    },
    want: ['enum.value-added feature [album,client] album.updateAlbum enum of layout in request body ("vertical")'],
  },
  {
    name: 'enum value added to a response field',
    given: (d) => {
      d.paths[IMAGE].get.responses['200'].content['application/json'].schema.properties.status.enum = [200];
    },
    edit: (d) => {
      d.paths[IMAGE].get.responses['200'].content['application/json'].schema.properties.status.enum = [200, 201];
    },
    want: ['enum.value-added breaking [client,image] image.getImage enum of status in response 200 (201)'],
  },
  {
    name: 'enum value removed from a response field',
    given: (d) => {
      d.paths[IMAGE].get.responses['200'].content['application/json'].schema.properties.status.enum = [200, 201];
    },
    edit: (d) => {
      d.paths[IMAGE].get.responses['200'].content['application/json'].schema.properties.status.enum = [200];
    },
    want: ['enum.value-removed breaking [client,image] image.getImage enum of status in response 200 (201)'],
  },
  {
    name: 'enum added where there was none: a type change',
    edit: (d) => {
      d.paths[GALLERY].get.parameters[2].schema.enum = [true];
    },
    want: ['parameter.type-changed breaking [client,gallery] gallery.getGallery query parameter showViral (boolean -> boolean enum)'],
  },
  {
    name: 'enum value added to a model used by requests and responses (worse side wins)',
    edit: (d) => {
      d.components.schemas.Privacy.enum.push('unlisted');
    },
    want: ['enum.value-added breaking [album,models] enum of Privacy ("unlisted")'],
  },
  {
    name: 'enum value removed from a model',
    edit: (d) => {
      d.components.schemas.Privacy.enum = ['public', 'secret'];
    },
    want: ['enum.value-removed breaking [album,models] enum of Privacy ("hidden")'],
  },
  {
    name: 'optional request body field added',
    edit: (d) => {
      d.paths[ALBUM].post.requestBody.content['multipart/form-data'].schema.properties.cover = { type: 'string' };
    },
    want: ['field.added.optional feature [album,client] album.updateAlbum cover in request body'],
  },
  {
    name: 'required request body field added',
    edit: (d) => {
      const s = d.paths[ALBUM].post.requestBody.content['multipart/form-data'].schema;
      s.properties.cover = { type: 'string' };
      s.required = ['cover'];
    },
    want: ['field.added.required breaking [album,client] album.updateAlbum cover in request body'],
  },
  {
    name: 'request body removed',
    edit: (d) => {
      delete d.paths[ALBUM].post.requestBody;
    },
    want: ['request-body.removed breaking [album,client] album.updateAlbum request body'],
  },
  {
    name: 'request body made required',
    edit: (d) => {
      d.paths[ALBUM].post.requestBody.required = true;
    },
    want: ['request-body.made-required breaking [album,client] album.updateAlbum request body'],
  },
  {
    name: 'response field added',
    edit: (d) => {
      d.paths[IMAGE].get.responses['200'].content['application/json'].schema.properties.meta = { type: 'object' };
    },
    want: ['field.added.optional feature [client,image] image.getImage meta in response 200'],
  },
  {
    name: 'response field removed',
    edit: (d) => {
      delete d.paths[IMAGE].get.responses['200'].content['application/json'].schema.properties.status;
    },
    want: ['field.removed breaking [client,image] image.getImage status in response 200'],
  },
  {
    name: 'response field changed type',
    edit: (d) => {
      d.paths[IMAGE].get.responses['200'].content['application/json'].schema.properties.status = { type: 'string' };
    },
    want: ['field.type-changed breaking [client,image] image.getImage status in response 200 (integer -> string)'],
  },
  {
    name: 'response field now points at another model',
    edit: (d) => {
      d.paths[IMAGE].get.responses['200'].content['application/json'].schema.properties.data = { $ref: '#/components/schemas/Album' };
    },
    want: ['field.type-changed breaking [client,image] image.getImage data in response 200 (Image -> Album)'],
  },
  {
    name: 'response field made optional',
    edit: (d) => {
      d.paths[IMAGE].get.responses['200'].content['application/json'].schema.required = ['data', 'success'];
    },
    want: ['field.made-optional breaking [client,image] image.getImage status in response 200'],
  },
  {
    name: 'response status added and removed',
    edit: (d) => {
      const r = d.paths[IMAGE].get.responses;
      r['404'] = { description: 'Not found' };
      d.paths[GALLERY].get.responses = {};
    },
    want: ['response.removed breaking [client,gallery] gallery.getGallery response 200', 'response.added feature [client,image] image.getImage response 404'],
  },
  {
    name: 'model field added (attributed to models and every package reaching the model)',
    edit: (d) => {
      d.components.schemas.Image.properties.height = { type: 'integer' };
    },
    want: ['field.added.optional feature [album,gallery,image,models] Image.height'],
  },
  {
    name: 'required model field added to a response-only model',
    edit: (d) => {
      d.components.schemas.Image.properties.type = { type: 'string' };
      d.components.schemas.Image.required.push('type');
    },
    want: ['field.added.required feature [album,gallery,image,models] Image.type'],
  },
  {
    name: 'model field removed',
    edit: (d) => {
      delete d.components.schemas.Image.properties.width;
    },
    want: ['field.removed breaking [album,gallery,image,models] Image.width'],
  },
  {
    name: 'model field changed type',
    edit: (d) => {
      d.components.schemas.Image.properties.width = { type: 'number' };
    },
    want: ['field.type-changed breaking [album,gallery,image,models] Image.width (integer -> number)'],
  },
  {
    name: 'model field made nullable',
    edit: (d) => {
      d.components.schemas.Image.properties.width = { type: ['integer', 'null'] };
    },
    want: ['field.type-changed breaking [album,gallery,image,models] Image.width (integer -> integer | null)'],
  },
  {
    name: 'model field made optional in a response model',
    edit: (d) => {
      d.components.schemas.Image.required = ['id'];
    },
    want: ['field.made-optional breaking [album,gallery,image,models] Image.link'],
  },
  {
    name: 'field added inside the items of a model array field',
    given: (d) => {
      d.components.schemas.Album.properties.tags = { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } };
    },
    edit: (d) => {
      d.components.schemas.Album.properties.tags.items.properties.count = { type: 'integer' };
    },
    want: ['field.added.optional feature [album,models] Album.tags[].count'],
  },
  {
    name: 'model field of a request-only model made optional',
    given: (d) => {
      d.components.schemas.Settings = { type: 'object', required: ['bio'], properties: { bio: { type: 'string' } } };
      d.paths[ALBUM].post.requestBody.content['multipart/form-data'].schema.properties.settings = { $ref: '#/components/schemas/Settings' };
    },
    edit: (d) => {
      d.components.schemas.Settings.required = [];
    },
    want: ['field.made-optional feature [album,models] Settings.bio'],
  },
  {
    name: 'model added and unused model removed',
    edit: (d) => {
      d.components.schemas.Vote = { type: 'object', properties: { ups: { type: 'integer' } } };
      delete d.components.schemas.Tag;
    },
    want: ['model.removed breaking [models] Tag', 'model.added feature [models] Vote'],
  },
  {
    name: 'security alternative removed',
    edit: (d) => {
      d.paths[ALBUM].get.security = [{ bearer: [] }];
    },
    want: ['security.alternative-removed breaking [album,client] album.getAlbum (clientId)'],
  },
  {
    name: 'security alternative added',
    edit: (d) => {
      d.paths[GALLERY].get.security = [{ clientId: [] }, { bearer: [] }];
    },
    want: ['security.alternative-added feature [client,gallery] gallery.getGallery (bearer)'],
  },
  {
    name: 'operation without security falls back to the document security',
    edit: (d) => {
      d.security = [{ clientId: [] }];
      delete d.paths[IMAGE].get.security;
    },
    want: [],
  },
  {
    name: 'anonymous access removed',
    edit: (d) => {
      d.paths[IMAGE].get.security = [];
    },
    want: ['security.alternative-added feature [client,image] image.getImage (none)', 'security.alternative-removed breaking [client,image] image.getImage (clientId)'],
  },
  {
    name: 'security scheme changed',
    edit: (d) => {
      d.components.securitySchemes.bearer = { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://example.test/a', scopes: {} } } };
    },
    want: [
      'security.scheme-changed breaking [album,client] security scheme bearer (http bearer -> oauth2 flows {"implicit":{"authorizationUrl":"https://example.test/a","scopes":{}}})',
    ],
  },
  {
    name: 'description-only changes',
    edit: (d) => {
      d.paths[ALBUM].get.description = 'Get an album.';
      d.paths[GALLERY].get.parameters[2].description = 'Show viral images';
      d.components.schemas.Album.properties.id.description = 'Album ID';
      d.components.securitySchemes.clientId.description = 'Client-ID header';
    },
    want: [
      'description.changed fix [album,client] album.getAlbum',
      'description.changed fix [client,gallery] gallery.getGallery query parameter showViral',
      'description.changed fix [album,models] Album.id',
    ],
  },
];

describe('diffSpecs', () => {
  it.each(CASES)('$name', ({ given, edit, want }) => {
    const old = structuredClone(BASE) as Doc;
    given?.(old);
    const next = structuredClone(old) as Doc;
    edit(next);
    expect(diffSpecs(old, next).map(short)).toEqual(want);
  });

  it('reports the reverse edit with the opposite kind', () => {
    const next = structuredClone(BASE) as Doc;
    delete next.paths[IMAGE];
    expect(diffSpecs(next, BASE).map(short)).toEqual(['operation.added feature [client,image] image.getImage']);
  });

  it('is deterministic whatever the key order of the documents', () => {
    const next = structuredClone(BASE) as Doc;
    next.components.schemas.Image.properties.height = { type: 'integer' };
    delete next.paths[IMAGE];
    const reversed = reverseKeys(next) as Doc;
    expect(JSON.stringify(diffSpecs(BASE, reversed))).toBe(JSON.stringify(diffSpecs(BASE, next)));
  });

  it('moving an operation from a tag without a package (client) to a resource package is an addition only', () => {
    const old = structuredClone(BASE) as Doc;
    old.paths[IMAGE].get.tags = ['Extras'];
    const map = (t: string): string => (t === 'Extras' ? '@imgur-ts/client' : `@imgur-ts/${t.toLowerCase()}`);
    expect(diffSpecs(old, BASE, { packageForTag: map }).map(short)).toEqual(['operation.added feature [image] image.getImage']);
  });

  it('uses the given tag → package mapping', () => {
    const next = structuredClone(BASE) as Doc;
    delete next.paths[IMAGE];
    const changes = diffSpecs(BASE, next, { packageForTag: (t) => `@acme/${t}`, clientPackage: '@acme/http' });
    expect(changes.map((c) => [c.scope, c.packages])).toEqual([['Image', ['@acme/Image', '@acme/http']]]);
  });

  it('keeps hostile spec text on one line in the sentence', () => {
    const next = structuredClone(BASE) as Doc;
    next.paths[GALLERY].get.parameters[0].schema.enum.push('x\n## injected\r\n<script>');
    const [change] = diffSpecs(BASE, next);
    expect(change?.message).toBe('gallery: added value "x\\n## injected\\r\\n<script>" to enum of path parameter section of gallery.getGallery (feature)');
  });

  it('rejects documents that are not objects', () => {
    expect(() => diffSpecs(null as unknown as OpenApiDocument, BASE)).toThrow(/must be JSON objects/);
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((k) => [k, reverseKeys((value as Record<string, unknown>)[k])]),
  );
}
