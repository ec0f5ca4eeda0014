import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { applyOverlays, loadOverlays, toJson, type JsonObject } from '@imgur-ts/codegen';
import { describe, expect, it } from 'vitest';

// ---------------------------------------------------------------------------
// given -> want tables (from the Imgur API reference, section 3 and 1.6/1.7)
// ---------------------------------------------------------------------------

type Json = Record<string, unknown>;

/** Every data model of the reference, as a component schema name. */
const MODELS = [
  'Basic',
  'Error',
  'Image',
  'Album',
  'Account',
  'AccountSettings',
  'BlockedUser',
  'GalleryProfile',
  'Trophy',
  'Comment',
  'GalleryImage',
  'GalleryAlbum',
  'Tag',
  'TagVote',
  'Vote',
  'Topic',
  'Notification',
  'Conversation',
  'Message',
  'CustomGallery',
  'MemeMetadata',
  'OAuthToken',
  'BlockStatus',
  'BlockList',
  'DefaultTags',
  'Credits',
];

/**
 * [model, field, want]: `required` = required non-null, `optional` = may be absent, never null, `optional, nullable`
 * = may be absent or null. The evidence policy of spec/traffic/README.md decides: only identity fields (and the union
 * discriminator `is_album`) are required; a field is nullable when it, a sibling model's field or a field of its null
 * class was recorded null (`Image.views` is, through `GalleryImage.ups`).
 */
const FIELDS: ReadonlyArray<readonly [string, string, 'required' | 'optional' | 'optional, nullable']> = [
  ['Image', 'id', 'required'],
  ['Image', 'link', 'required'],
  ['Image', 'title', 'optional, nullable'],
  ['Image', 'deletehash', 'optional'],
  ['Image', 'nsfw', 'optional, nullable'],
  ['Image', 'views', 'optional, nullable'],
  ['Image', 'width', 'optional'],
  ['Image', 'mp4_size', 'optional, nullable'],
  ['Image', 'in_gallery', 'optional'],
  ['Album', 'cover', 'optional, nullable'],
  ['Album', 'images', 'optional, nullable'],
  ['GalleryImage', 'tags', 'optional, nullable'],
  ['GalleryAlbum', 'images', 'optional, nullable'],
  ['Album', 'account_id', 'optional, nullable'],
  ['Account', 'url', 'required'],
  ['Account', 'bio', 'optional, nullable'],
  ['Account', 'avatar', 'optional, nullable'],
  ['Comment', 'children', 'optional'],
  ['Comment', 'vote', 'optional, nullable'],
  ['GalleryImage', 'is_album', 'required'],
  ['GalleryImage', 'ups', 'optional, nullable'],
  ['GalleryImage', 'topic_id', 'optional, nullable'],
  ['GalleryAlbum', 'is_album', 'required'],
  ['GalleryAlbum', 'topic_id', 'optional, nullable'],
  ['Trophy', 'data_link', 'optional, nullable'],
  ['Tag', 'name', 'required'],
  ['Tag', 'following', 'optional, nullable'],
  ['Conversation', 'messages', 'optional'],
  ['BlockList', 'next', 'optional, nullable'],
  ['OAuthToken', 'access_token', 'required'],
  ['OAuthToken', 'expires_in', 'optional'],
];

/** [method, path, data type of the 2xx body as a short description]. */
const RESPONSES: ReadonlyArray<readonly [string, string, string]> = [
  ['get', '/3/account/{username}/albums/count', 'env:integer'],
  ['get', '/3/account/{username}/images/ids/{page}', 'env:string[]'],
  ['get', '/3/account/{username}/comments/ids/{sort}/{page}', 'env:integer[]'],
  ['get', '/3/account/{username}/verifyemail', 'env:boolean'],
  ['post', '/3/album/{albumHash}/favorite', 'env:string'],
  ['post', '/3/album', 'env:#AlbumCreated'],
  ['post', '/3/comment', 'env:#CommentCreated'],
  ['post', '/oauth2/token', 'bare:#OAuthToken'],
  ['get', '/account/v1/{username}/block', 'data:#BlockStatus'],
  ['get', '/3/credits', 'env:#Credits'],
  ['get', '/3/gallery/{section}/{sort}/{window}/{page}', 'env:#GalleryItem[]'],
  ['get', '/3/gallery/r/{subreddit}/{sort}/{window}/{page}', 'env:#GalleryItem[]'],
  ['get', '/3/gallery/random/random/{page}', 'env:#GalleryItem[]'],
  ['get', '/3/album/{albumHash}', 'env:#Album'],
];

/** [method, path, x-imgur-paging]. */
const PAGING: ReadonlyArray<readonly [string, string, Json]> = [
  ['get', '/3/account/{username}/images/{page}', { style: 'path', param: 'page' }],
  ['get', '/3/account/me/images', { style: 'query', param: 'page', perPage: 'perPage', maxPerPage: 100 }],
  ['get', '/3/account/me/block', { style: 'cursor', param: 'next', next: 'next', items: 'items' }],
];

// ---------------------------------------------------------------------------

const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as Json;
const schemas = (spec.components as Json).schemas as Record<string, Json>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];
const operations = Object.entries(spec.paths as Record<string, Json>).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m] !== undefined).map((m) => ({ path, method: m, op: item[m] as Json })),
);

function deref(node: unknown): Json {
  let cur = node as Json;
  for (let i = 0; i < 10 && typeof cur?.$ref === 'string'; i++) {
    cur = (cur.$ref as string)
      .slice(2)
      .split('/')
      .reduce<unknown>((n, k) => (n as Json)[k], spec) as Json;
  }
  return cur;
}

function json2xx(op: Json): { media: string; schema: Json } | undefined {
  const responses = op.responses as Record<string, unknown>;
  const code = Object.keys(responses).find((c) => /^2/.test(c));
  const content = code === undefined ? undefined : (deref(responses[code]).content as Record<string, Json> | undefined);
  const media = Object.keys(content ?? {}).find((m) => /json$/.test(m));
  return media === undefined ? undefined : { media, schema: content?.[media]?.schema as Json };
}

/** A schema is typed when it names a type, a reference, an enum/const or a union of typed schemas. */
function typed(s: unknown): boolean {
  if (typeof s !== 'object' || s === null) return false;
  const o = s as Json;
  if (typeof o.$ref === 'string') return typed(deref(o));
  if (Array.isArray(o.oneOf)) return o.oneOf.length > 0 && o.oneOf.every(typed);
  if (Array.isArray(o.anyOf)) return o.anyOf.length > 0 && o.anyOf.every(typed);
  if (o.type === 'array') return typed(o.items);
  if (o.type === 'object') return Object.keys((o.properties as Json | undefined) ?? {}).length > 0;
  return o.type !== undefined || o.enum !== undefined || o.const !== undefined;
}

function short(s: Json): string {
  if (typeof s.$ref === 'string') return `#${s.$ref.split('/').pop()}`;
  if (s.type === 'array') return `${short(s.items as Json)}[]`;
  return String(s.type);
}

describe('spec/openapi.json', () => {
  it('is what the overlays make of spec/openapi.base.json', async () => {
    const base = JSON.parse(readFileSync(new URL('../openapi.base.json', import.meta.url), 'utf8')) as JsonObject;
    const overlays = loadOverlays(new URL('../overlays', import.meta.url).pathname);
    expect(overlays.map((o) => o.file)).toEqual([
      '00-models.yaml',
      '01-shared.yaml',
      '02-oauth2.yaml',
      '10-account.yaml',
      '11-comment.yaml',
      '12-album.yaml',
      '13-gallery.yaml',
      '14-image.yaml',
      '15-extras.yaml',
      '16-account-comments-client-id.yaml',
      '20-conditional.yaml',
      '25-action-answers.yaml',
    ]);
    const fresh = toJson(await applyOverlays(base, overlays));
    expect(fresh === readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'), 'openapi.json is stale: run pnpm generate').toBe(true);
  });

  it("declares Imgur's OAuth 2 implicit flow (02-oauth2.yaml) where the collection gives only the token URL", async () => {
    const base = JSON.parse(readFileSync(new URL('../openapi.base.json', import.meta.url), 'utf8')) as JsonObject;
    const spec = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as JsonObject;
    const scheme = (doc: JsonObject) => JSON.stringify((doc.components as JsonObject).securitySchemes);
    expect(scheme(base)).not.toContain('oauth2/authorize');
    expect(JSON.parse(scheme(spec)).OAuth2).toEqual({
      description: 'OAuth 2 access token sent as `Authorization: Bearer <access_token>`; refresh it at the token URL.',
      flows: { implicit: { authorizationUrl: 'https://api.imgur.com/oauth2/authorize', refreshUrl: 'https://api.imgur.com/oauth2/token', scopes: {} } },
      type: 'oauth2',
    });
  });

  it('passes redocly lint with 0 errors', () => {
    let out: string;
    try {
      out = execFileSync('pnpm', ['exec', 'redocly', 'lint', 'openapi.json', '--format=json'], {
        cwd: new URL('..', import.meta.url),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
    } catch (err) {
      out = (err as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out) as { totals: { errors: number }; problems: { severity: string; message: string }[] };
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it('gives every operation a typed 2xx JSON response', () => {
    const typedOps = operations.filter(({ op }) => {
      const r = json2xx(op);
      if (r === undefined) return false;
      const body = deref(r.schema);
      const data = (body.properties as Json | undefined)?.data;
      return typeof r.schema.$ref === 'string' ? typed(r.schema) : typed(data ?? r.schema);
    });
    console.log(`operations with a typed 2xx JSON response: ${typedOps.length} of ${operations.length}`);
    expect(operations.length).toBeGreaterThanOrEqual(80);
    expect(typedOps.map((o) => `${o.method} ${o.path}`)).toEqual(operations.map((o) => `${o.method} ${o.path}`));
  });

  it('references the shared error response for 4xx and 5xx on every operation', () => {
    for (const { op, method, path } of operations) {
      const r = op.responses as Json;
      expect([method, path, (r['4XX'] as Json)?.$ref, (r['5XX'] as Json)?.$ref]).toEqual([method, path, '#/components/responses/Error', '#/components/responses/Error']);
    }
  });

  it('answers 304 Not Modified (ETag) on every GET, and only there', () => {
    const with304 = operations.filter(({ op }) => ((op.responses as Json)['304'] as Json | undefined)?.$ref === '#/components/responses/NotModified');
    expect(with304.map((o) => `${o.method} ${o.path}`)).toEqual(operations.filter((o) => o.method === 'get').map((o) => `${o.method} ${o.path}`));
    expect(deref({ $ref: '#/components/responses/NotModified' }).content).toBeUndefined();
  });

  it.each(MODELS)('has the component schema %s', (name) => {
    expect(typed(schemas[name]) || Array.isArray(schemas[name]?.oneOf)).toBe(true);
  });

  it.each(FIELDS)('%s.%s is %s', (model, field, want) => {
    const s = schemas[model] as Json;
    const prop = (s.properties as Json)[field] as Json;
    const types = Array.isArray(prop.type) ? prop.type : [prop.type];
    const required = ((s.required as string[] | undefined) ?? []).includes(field);
    const got = required ? (types.includes('null') ? 'required, nullable' : 'required') : types.includes('null') ? 'optional, nullable' : 'optional';
    expect(got).toBe(want);
  });

  it.each(RESPONSES)('%s %s returns %s', (method, path, want) => {
    const op = (spec.paths as Record<string, Json>)[path]?.[method] as Json;
    const r = json2xx(op);
    expect(r).toBeDefined();
    const schema = r?.schema as Json;
    const props = (schema.properties ?? {}) as Json;
    const kind = typeof schema.$ref === 'string' ? 'bare' : 'success' in props ? 'env' : 'data';
    const data = kind === 'bare' ? schema : (props.data as Json);
    expect(`${kind}:${short(data)}`).toBe(want);
  });

  it.each(PAGING)('%s %s is paged as %j', (method, path, want) => {
    const op = (spec.paths as Record<string, Json>)[path]?.[method] as Json;
    expect(op['x-imgur-paging']).toEqual(want);
    const names = ((op.parameters ?? []) as Json[]).map((p) => p.name);
    expect(names).toContain(want.param);
  });

  it('marks credits: uploads cost 10, OAuth 0', () => {
    const credits = operations.filter(({ op }) => op['x-imgur-credits'] !== undefined).map(({ method, path, op }) => [method, path, op['x-imgur-credits']]);
    expect(credits.map((c) => c.join(' ')).sort()).toEqual(['post /3/upload 10', 'post /oauth2/token 0']);
  });

  it('types upload fields as binary', () => {
    const body = ((spec.paths as Record<string, Json>)['/3/upload']?.post as Json | undefined)?.requestBody as Json;
    const props = ((body.content as Record<string, Json>)['multipart/form-data']?.schema as Json | undefined)?.properties as Record<string, Json>;
    expect([props.image?.format, props.video?.format]).toEqual(['binary', 'binary']);
  });

  it('marks the random gallery route deprecated', () => {
    expect(operations.filter(({ op }) => op.deprecated === true).map(({ op }) => op.operationId)).toEqual(['gallery.getRandomGalleryImages']);
  });
});
