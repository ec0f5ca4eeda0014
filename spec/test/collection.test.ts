import { readFileSync } from 'node:fs';
import pc from 'postman-collection';
import type { CollectionDefinition, Item, ItemGroup, Request } from 'postman-collection';
import { describe, expect, it } from 'vitest';

// ---------------------------------------------------------------------------
// given -> want tables (from the Imgur API reference)
// ---------------------------------------------------------------------------

const FOLDERS: ReadonlyArray<readonly [string, number]> = [
  ['Account', 36],
  ['Comment', 7],
  ['Album', 14],
  ['Gallery', 21],
  ['Image', 7],
  ['Extras', 2],
];
const UPSTREAM_FOLDERS = FOLDERS.slice(0, 5).map(([name]) => name);

const METHOD_TOTALS = { GET: 45, POST: 27, DELETE: 11, PUT: 2 };
const AUTH_TOTALS = { bearer: 44, clientId: 31, both: 7, none: 3 };

const VARIABLES = [
  'clientId',
  'clientSecret',
  'refreshToken',
  'accessToken',
  'hostname',
  'username',
  'page',
  'section',
  'sort',
  'window',
  'favoritesSort',
  'commentSort',
  'showViral',
  'showMature',
  'albumPreviews',
  'subreddit',
  'subredditImageId',
  'tagName',
  'galleryHash',
  'galleryImageHash',
  'albumHash',
  'albumDeleteHash',
  'imageHash',
  'imageHash2',
  'image2Hash',
  'imageId',
  'imageDeleteHash',
  'imageDeleteHash2',
  'deleteHash',
  'deleteHash2',
  'commentId',
  'commentText',
  'commentReportReason',
  'vote',
];

/** [folder, request, header kind left enabled]. */
const DUAL_AUTH: ReadonlyArray<readonly [string, string, 'Client-ID' | 'Bearer']> = [
  ['Account', 'Account Available Avatars (Un-authed / Authed)', 'Bearer'],
  ['Account', 'Albums (Un-Authed / Authed)', 'Client-ID'],
  ['Account', 'Album IDs (Un-Authed / Authed)', 'Client-ID'],
  ['Account', 'Album Count (Un-Authed / Authed)', 'Client-ID'],
  ['Album', 'Album Creation (Un-Authed / Authed)', 'Bearer'],
  ['Album', 'Update Album (Un-Authed / Authed)', 'Bearer'],
];

const NO_AUTH = [
  ['Account', 'Generate Access Token'],
  ['Account', 'Replies'],
  ['Gallery', 'Random Gallery Images'],
];

/** [folder, request, method, url.raw]: a sample covering every route family. */
const URLS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Account', 'Generate Access Token', 'POST', 'https://api.imgur.com/oauth2/token'],
  ['Account', 'Account Block Status', 'GET', 'https://api.imgur.com/account/v1/{{username}}/block'],
  ['Account', 'Account Blocks', 'GET', 'https://api.imgur.com/3/account/me/block'],
  ['Account', 'Account Gallery Favorites', 'GET', 'https://api.imgur.com/3/account/{{username}}/gallery_favorites/{{page}}/{{favoritesSort}}'],
  ['Account', 'Comment IDs', 'GET', 'https://api.imgur.com/3/account/{{username}}/comments/ids/{{sort}}/{{page}}'],
  ['Account', 'Account Delete (me)', 'POST', 'https://{{hostname}}/3/account/me/delete?client_id={{clientId}}'],
  ['Comment', 'Vote', 'POST', 'https://api.imgur.com/3/comment/{{commentId}}/vote/{{vote}}'],
  ['Album', 'Update Album (Un-Authed / Authed)', 'PUT', 'https://api.imgur.com/3/album/{{albumHash}}'],
  ['Album', 'Remove Images from an Album (Un-Authed)', 'POST', 'https://api.imgur.com/3/album/{{albumDeleteHash}}/remove_images'],
  [
    'Gallery',
    'Gallery',
    'GET',
    'https://api.imgur.com/3/gallery/{{section}}/{{sort}}/{{window}}/{{page}}?showViral={{showViral}}&mature={{showMature}}&album_previews={{albumPreviews}}',
  ],
  ['Gallery', 'Subreddit Image', 'GET', 'https://api.imgur.com/3/gallery/r/{{subreddit}}/{{subredditImageId}}'],
  ['Gallery', 'Gallery Search', 'GET', 'https://api.imgur.com/3/gallery/search/{{sort}}/{{window}}/{{page}}?q=cats'],
  ['Gallery', 'Album / Image Reporting', 'POST', 'https://api.imgur.com/3/gallery/image/{{galleryHash}}/report'],
  ['Image', 'Image Upload', 'POST', 'https://api.imgur.com/3/upload'],
  ['Image', 'Image Deletion (Un-Authed)', 'DELETE', 'https://api.imgur.com/3/image/{{imageDeleteHash}}'],
  ['Extras', 'Credits', 'GET', 'https://api.imgur.com/3/credits'],
  ['Extras', 'Feed', 'GET', 'https://api.imgur.com/3/feed'],
];

/** [folder, request, keys of its `#### Parameters` table]. */
const PARAM_TABLES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['Account', 'Generate Access Token', ['refresh_token', 'client_id', 'client_secret', 'grant_type']],
  ['Account', 'Account Base', ['username', 'account_id']],
  ['Account', 'Account Gallery Favorites', ['username', 'page', 'favoriteSort']],
  ['Account', 'Account Favorites', ['username', 'page', 'sort']],
  ['Account', 'Account Submissions', ['username', 'page', 'sort']],
  [
    'Account',
    'Change Account Settings',
    ['bio', 'public_images', 'messaging_enabled', 'album_privacy', 'accepted_gallery_terms', 'username', 'show_mature', 'newsletter_subscribed'],
  ],
  ['Account', 'Albums (Un-Authed / Authed)', ['username', 'page']],
  ['Account', 'Comments', ['username', 'commentSort', 'page']],
  ['Account', 'Comment IDs', ['username', 'commentSort', 'page']],
  ['Account', 'Images', ['username', 'page']],
  ['Account', 'Image Deletion', ['username', 'deleteHash']],
  ['Account', 'Replies', ['username', 'new']],
  ['Account', 'Account Delete (me)', ['client_id', 'password', 'reasons', 'feedback']],
  ['Comment', 'Comment Creation', ['image_id', 'comment', 'parent_id']],
  ['Comment', 'Reply Creation', ['image_id', 'comment']],
  ['Comment', 'Vote', ['vote']],
  ['Comment', 'Report', ['reason']],
  ['Album', 'Album Creation (Un-Authed / Authed)', ['ids[]', 'deletehashes[]', 'title', 'description', 'privacy', 'layout', 'cover']],
  ['Album', 'Update Album (Un-Authed / Authed)', ['ids[]', 'deletehashes[]', 'title', 'description', 'privacy', 'layout', 'cover']],
  ['Album', 'Set Album Images (Un-Authed)', ['deletehashes[]']],
  ['Album', 'Set Album Images (Authed)', ['ids[]', 'deletehashes[]']],
  ['Album', 'Add Images to an Album (Un-Authed)', ['deletehashes[]']],
  ['Album', 'Add Images to an Album (Authed)', ['ids[]', 'deletehashes[]']],
  ['Album', 'Remove Images from an Album (Un-Authed)', ['ids[]']],
  ['Album', 'Remove Images from an Album (Authed)', ['ids[]']],
  ['Gallery', 'Gallery', ['section', 'sort', 'window', 'page']],
  ['Gallery', 'Subreddit Galleries', ['subreddit', 'sort', 'window', 'page']],
  ['Gallery', 'Subreddit Image', ['subreddit', 'image_id']],
  ['Gallery', 'Gallery Item Tags', ['id']],
  ['Gallery', 'Update Gallery Item Tags', ['id', 'tags']],
  ['Gallery', 'Gallery Search', ['sort', 'window', 'page']],
  ['Gallery', 'Album / Image Reporting', ['reason']],
  ['Gallery', 'Album / Image Voting', ['vote']],
  ['Gallery', 'Album / Image Comments', ['commentSort']],
  ['Gallery', 'Album / Image Comment Creation', ['comment']],
  ['Image', 'Image Upload', ['image', 'video', 'album', 'type', 'name', 'title', 'description', 'disable_audio']],
  ['Image', 'Update Image Information (Un-Authed)', ['title', 'description']],
  ['Image', 'Update Image Information (Authed)', ['title', 'description']],
  ['Extras', 'Feed', ['page']],
];

/** [folder, request, table, key, required, allowed values, default]. */
const PARAM_SPOTS: ReadonlyArray<readonly [string, string, string, string, 'required' | 'optional', readonly string[], string | null]> = [
  ['Gallery', 'Gallery', 'Parameters', 'section', 'optional', ['hot', 'top', 'user'], 'hot'],
  ['Gallery', 'Gallery', 'Parameters', 'sort', 'optional', ['viral', 'top', 'time', 'rising'], 'viral'],
  ['Gallery', 'Gallery', 'Parameters', 'window', 'optional', ['day', 'week', 'month', 'year', 'all'], 'day'],
  ['Gallery', 'Subreddit Galleries', 'Parameters', 'sort', 'optional', ['time', 'top'], 'time'],
  ['Gallery', 'Subreddit Galleries', 'Parameters', 'window', 'optional', ['day', 'week', 'month', 'year', 'all'], 'week'],
  ['Gallery', 'Gallery Search', 'Parameters', 'sort', 'optional', ['time', 'viral', 'top'], 'time'],
  ['Gallery', 'Gallery Search', 'Parameters', 'window', 'optional', ['day', 'week', 'month', 'year', 'all'], 'all'],
  ['Gallery', 'Gallery Search', 'Simple Search Query Parameters', 'q', 'optional', [], null],
  ['Gallery', 'Gallery Search', 'Advanced Search Query Parameters', 'q_type', 'optional', ['jpg', 'png', 'gif', 'anigif', 'album'], null],
  ['Gallery', 'Gallery Search', 'Advanced Search Query Parameters', 'q_size_px', 'optional', ['small', 'med', 'big', 'lrg', 'huge'], null],
  ['Gallery', 'Album / Image Comments', 'Parameters', 'commentSort', 'optional', ['best', 'top', 'new'], 'best'],
  ['Gallery', 'Album / Image Voting', 'Parameters', 'vote', 'required', ['up', 'down', 'veto'], null],
  ['Gallery', 'Album / Image Reporting', 'Parameters', 'reason', 'optional', ['1', '2', '3', '4', '5'], null],
  ['Comment', 'Vote', 'Parameters', 'vote', 'required', ['up', 'down', 'veto'], null],
  ['Comment', 'Comment Creation', 'Parameters', 'image_id', 'required', [], null],
  ['Album', 'Album Creation (Un-Authed / Authed)', 'Parameters', 'privacy', 'optional', ['public', 'hidden', 'secret'], null],
  ['Album', 'Album Creation (Un-Authed / Authed)', 'Parameters', 'layout', 'optional', ['blog', 'grid', 'horizontal', 'vertical'], null],
  ['Album', 'Update Album (Un-Authed / Authed)', 'Parameters', 'privacy', 'optional', ['public', 'hidden', 'secret'], null],
  ['Album', 'Set Album Images (Un-Authed)', 'Parameters', 'deletehashes[]', 'required', [], null],
  ['Account', 'Change Account Settings', 'Parameters', 'album_privacy', 'optional', ['public', 'hidden', 'secret'], null],
  ['Account', 'Account Gallery Favorites', 'Parameters', 'favoriteSort', 'optional', ['oldest', 'newest'], 'newest'],
  ['Account', 'Account Favorites', 'Parameters', 'sort', 'optional', ['oldest', 'newest'], 'newest'],
  ['Account', 'Account Submissions', 'Parameters', 'sort', 'optional', ['newest', 'oldest', 'worst', 'best'], 'newest'],
  ['Account', 'Comments', 'Parameters', 'commentSort', 'optional', ['best', 'worst', 'oldest', 'newest'], 'newest'],
  ['Account', 'Comments', 'Parameters', 'page', 'optional', [], '0'],
  ['Account', 'Comment IDs', 'Parameters', 'commentSort', 'optional', ['best', 'worst', 'oldest', 'newest'], 'newest'],
  ['Account', 'Replies', 'Parameters', 'new', 'optional', ['true', 'false'], 'true'],
  ['Account', 'Generate Access Token', 'Parameters', 'grant_type', 'required', [], null],
  ['Account', 'Account Delete (me)', 'Parameters', 'client_id', 'required', [], null],
  ['Image', 'Image Upload', 'Parameters', 'type', 'optional', ['file', 'base64', 'url'], null],
];

/** Table keys that upstream names differently from the URL variable: [folder, request, table key, URL variable]. */
const KEY_MISMATCHES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Account', 'Account Gallery Favorites', 'favoriteSort', 'favoritesSort'],
  ['Account', 'Account Favorites', 'sort', 'favoritesSort'],
  ['Account', 'Comment IDs', 'commentSort', 'sort'],
  ['Gallery', 'Subreddit Image', 'image_id', 'subredditImageId'],
  ['Gallery', 'Gallery Item Tags', 'id', 'galleryHash'],
];

/** [folder, request, body mode, body keys in order]; every other request has no body. */
const BODIES: ReadonlyArray<readonly [string, string, 'formdata' | 'raw', readonly string[]]> = [
  ['Account', 'Generate Access Token', 'formdata', ['refresh_token', 'client_id', 'client_secret', 'grant_type']],
  [
    'Account',
    'Change Account Settings',
    'formdata',
    ['bio', 'public_images', 'messaging_enabled', 'album_privacy', 'accepted_gallery_terms', 'username', 'show_mature', 'newsletter_subscribed', 'avatar'],
  ],
  ['Account', 'Account Delete (me)', 'raw', ['password', 'reasons', 'feedback']],
  ['Comment', 'Comment Creation', 'formdata', ['image_id', 'image_id', 'comment', 'parent_id']],
  ['Comment', 'Reply Creation', 'formdata', ['image_id', 'image_id', 'comment']],
  ['Comment', 'Report', 'formdata', ['reason']],
  ['Album', 'Album Creation (Un-Authed / Authed)', 'formdata', ['ids[]', 'ids[]', 'deletehashes[]', 'deletehashes[]', 'title', 'description', 'privacy', 'cover']],
  ['Album', 'Update Album (Un-Authed / Authed)', 'formdata', ['ids[]', 'ids[]', 'deletehashes', 'title', 'description', 'privacy', 'cover']],
  ['Album', 'Set Album Images (Un-Authed)', 'formdata', ['deletehashes[]']],
  ['Album', 'Set Album Images (Authed)', 'formdata', ['ids[]', 'ids[]']],
  ['Album', 'Add Images to an Album (Un-Authed)', 'formdata', ['deletehashes[]']],
  ['Album', 'Add Images to an Album (Authed)', 'formdata', ['ids[]', 'ids[]']],
  ['Album', 'Remove Images from an Album (Un-Authed)', 'formdata', ['ids[]']],
  ['Album', 'Remove Images from an Album (Authed)', 'formdata', ['ids[]']],
  ['Gallery', 'Update Gallery Item Tags', 'formdata', ['id', 'tags']],
  ['Gallery', 'Share with Community (Image)', 'formdata', ['title', 'topic', 'terms', 'mature', 'tags']],
  ['Gallery', 'Share with Community (Album)', 'formdata', ['title', 'topic', 'terms', 'mature', 'tags']],
  ['Gallery', 'Album / Image Reporting', 'formdata', ['reason']],
  ['Gallery', 'Album / Image Comment Creation', 'formdata', ['comment']],
  ['Image', 'Image Upload', 'formdata', ['image', 'video', 'album', 'type', 'name', 'title', 'description', 'disable_audio']],
  ['Image', 'Update Image Information (Un-Authed)', 'formdata', ['title', 'description']],
  ['Image', 'Update Image Information (Authed)', 'formdata', ['title', 'description']],
];

/** Upstream requests whose description names no response model. */
const NO_MODEL = [
  'Account/Generate Access Token',
  'Account/Account Block Status',
  'Account/Account Blocks',
  'Account/Account Block Create',
  'Account/Account Block Delete',
  'Account/Account Images',
  'Account/Account Available Avatars (Un-authed / Authed)',
  'Account/Account Avatar (Authed)',
  'Account/Account Settings',
  'Account/Comment',
  'Account/Follow Tag',
  'Account/Unfollow tag',
  'Account/Account Delete (me)',
  'Comment/Report',
  'Gallery/Gallery',
  'Gallery/Subreddit Galleries',
  'Gallery/Subreddit Image',
  'Gallery/Gallery Tag',
  'Gallery/Gallery Tags',
  'Gallery/Gallery Tag Info',
  'Gallery/Gallery Item Tags',
  'Gallery/Update Gallery Item Tags',
  'Gallery/Gallery Search',
  'Gallery/Random Gallery Images',
  'Gallery/Share with Community (Image)',
  'Gallery/Share with Community (Album)',
  'Gallery/Remove from Gallery',
  'Gallery/Gallery Image',
  'Gallery/Album / Image Comments',
  'Gallery/Album / Image Comment',
  'Image/Image',
  'Image/Image Upload',
];

/** [folder, request, response models]: a sample, including every `OR` pair. */
const MODELS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['Account', 'Account Base', ['Account']],
  ['Account', 'Account Gallery Favorites', ['Gallery Image', 'Gallery Album']],
  ['Account', 'Account Favorites', ['Gallery Image', 'Gallery Album']],
  ['Account', 'Account Submissions', ['Gallery Image', 'Gallery Album']],
  ['Account', 'Account Gallery Profile', ['Gallery Profile']],
  ['Account', 'Albums (Un-Authed / Authed)', ['Album']],
  ['Account', 'Comments', ['Comment']],
  ['Account', 'Replies', ['Notification']],
  ['Account', 'Images', ['Image']],
  ['Comment', 'Replies', ['Comment']],
  ['Album', 'Album Images', ['Image']],
  ['Album', 'Favorite Album', ['Basic']],
  ['Gallery', 'Gallery Album', ['Gallery Album']],
  ['Gallery', 'Album / Image Votes', ['Vote']],
  ['Image', 'Favorite an Image', ['Basic']],
  ['Extras', 'Feed', ['Gallery Image', 'Gallery Album']],
];

const BLOCK_ROUTES: ReadonlyArray<readonly [string, string]> = [
  ['Account Block Status', 'GET'],
  ['Account Blocks', 'GET'],
  ['Account Block Create', 'POST'],
  ['Account Block Delete', 'DELETE'],
];

// ---------------------------------------------------------------------------
// utilities
// ---------------------------------------------------------------------------

const { Collection } = pc;
type Coll = InstanceType<typeof Collection>;
interface Entry {
  folder: string;
  name: string;
  request: Request;
}

const text = readFileSync(new URL('../imgur.postman_collection.json', import.meta.url), 'utf8');
/** The file as written, before postman-collection normalises it. */
interface RawFormItem {
  key: string;
  type: string;
  value?: string;
  src?: unknown;
  disabled?: boolean;
}
interface RawRequest {
  method: string;
  url: { raw: string; path?: string[] };
  header: { key: string; value: string; disabled?: boolean }[];
  body?: { mode: string; formdata?: RawFormItem[]; raw?: string; options?: unknown };
}
interface RawItem {
  name: string;
  request: RawRequest;
}
interface RawCollection {
  info: { name: string; schema: string };
  item: { name: string; item: RawItem[] }[];
}

const json = JSON.parse(text) as RawCollection;
const collection = new Collection(json as unknown as CollectionDefinition);

function folders(c: Coll): ItemGroup<Item>[] {
  return c.items.all().filter((x): x is ItemGroup<Item> => pc.ItemGroup.isItemGroup(x));
}

function entries(c: Coll, only?: readonly string[]): Entry[] {
  return folders(c)
    .filter((f) => !only || only.includes(f.name))
    .flatMap((f) =>
      f.items
        .all()
        .filter((i): i is Item => pc.Item.isItem(i))
        .map((i) => ({ folder: f.name, name: i.name, request: i.request })),
    );
}

const all = entries(collection);
const upstream = entries(collection, UPSTREAM_FOLDERS);

function find(folder: string, name: string, c: Coll = collection): Request {
  const hits = entries(c).filter((e) => e.folder === folder && e.name === name);
  if (hits.length !== 1) throw new Error(`${folder}/${name}: ${hits.length} matches`);
  return hits[0]!.request;
}

function descriptionOf(r: Request): string {
  const d: unknown = r.description;
  if (typeof d === 'string') return d;
  if (d && typeof d === 'object' && 'content' in d && typeof d.content === 'string') return d.content;
  return '';
}

interface Row {
  key: string;
  required: string;
  description: string;
}

/** Rows of the markdown table under `#### <title>`, or null when there is no such heading. */
function table(markdown: string, title: string): Row[] | null {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`#### ${title}`);
  if (start < 0) return null;
  const rows: Row[] = [];
  let i = start + 1;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  i += 2; // header and separator rows
  for (; i < lines.length && lines[i]!.startsWith('|'); i++) {
    const cells = lines[i]!.slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    rows.push({ key: cells[0] ?? '', required: cells[1] ?? '', description: cells.slice(2).join('|') });
  }
  return rows;
}

/** Allowed values: a run of backticked words joined by `|` or `&#124;`. */
function allowed(cell: string): string[] {
  const run = /`[^`]+`(?:\s*(?:&#124;|\|)\s*`[^`]+`)+/.exec(cell);
  return run ? [...run[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]!) : [];
}

function defaultOf(cell: string): string | null {
  return /Defaults to `([^`]+)`/.exec(cell)?.[1] ?? null;
}

function models(r: Request): string[] | null {
  const line = descriptionOf(r)
    .split('\n')
    .find((l) => l.startsWith('#### Response Model:'));
  if (!line) return null;
  return [...line.matchAll(/\[([^\]]+)\]\(https:\/\/api\.imgur\.com\/models\/([a-z_]+)\)/g)].map((m) => {
    if (m[1]!.toLowerCase().replace(/ /g, '_') !== m[2]) throw new Error(`model link mismatch: ${m[0]}`);
    return m[1]!;
  });
}

function authHeaders(r: Request): { value: string; disabled: boolean }[] {
  return r.headers
    .all()
    .filter((h) => h.key.toLowerCase() === 'authorization')
    .map((h) => ({ value: String(h.value), disabled: h.disabled === true }));
}

function authKind(r: Request): keyof typeof AUTH_TOTALS {
  const headers = authHeaders(r);
  if (headers.length === 0 && !r.auth) return 'none';
  if (headers.length > 1 || r.auth) return 'both';
  return headers[0]!.value.startsWith('Bearer ') ? 'bearer' : 'clientId';
}

/** Problems with the URL paths of a collection: partial `{{}}` segments, unknown or baked-in variables. */
function pathProblems(c: Coll): string[] {
  const problems: string[] = [];
  const vars = new Map(c.variables.all().map((v) => [v.key ?? '', String(v.value)]));
  const values = new Set([...vars.values()]);
  for (const e of entries(c)) {
    const segments = Array.isArray(e.request.url.path) ? e.request.url.path : [];
    for (const s of segments) {
      const where = `${e.folder}/${e.name}: segment "${s}"`;
      if (s.includes('{') || s.includes('}')) {
        const m = /^\{\{([A-Za-z][A-Za-z0-9]*)\}\}$/.exec(s);
        if (!m) problems.push(`${where} is not a whole {{variable}}`);
        else if (!vars.has(m[1]!)) problems.push(`${where} uses an undeclared variable`);
      } else if (values.has(s)) problems.push(`${where} bakes in a variable value`);
    }
    if (e.request.url.variables.count() > 0) problems.push(`${e.folder}/${e.name}: url.variable is not empty`);
  }
  return problems;
}

/** Problems with the "(Un-Authed / Authed)" requests: both headers, exactly one disabled. */
function dualAuthProblems(c: Coll): string[] {
  return entries(c)
    .filter((e) => /\(un-authed \/ authed\)/i.test(e.name))
    .flatMap((e) => {
      const h = authHeaders(e.request);
      const kinds = h.map((x) => x.value).sort();
      const ok = kinds.join() === 'Bearer {{accessToken}},Client-ID {{clientId}}' && h.filter((x) => x.disabled).length === 1;
      return ok ? [] : [`${e.folder}/${e.name}: ${JSON.stringify(h)}`];
    });
}

/** url.raw exactly as written in the file. */
function rawOf(folder: string, name: string): string {
  return rawRequest(json, folder, name).url.raw;
}

function rawRequest(c: RawCollection, folder: string, name: string): RawRequest {
  const hit = c.item.find((f) => f.name === folder)?.item.find((i) => i.name === name);
  if (!hit) throw new Error(`${folder}/${name}: not in the file`);
  return hit.request;
}

function clone(): RawCollection {
  return JSON.parse(text) as RawCollection;
}

function load(c: RawCollection): Coll {
  return new Collection(c as unknown as CollectionDefinition);
}

// ---------------------------------------------------------------------------
// tests
// ---------------------------------------------------------------------------

describe('imgur.postman_collection.json', () => {
  it('is a Postman v2.1 collection named Imgur API, pretty-printed with 2 spaces', () => {
    expect(json.info.schema).toBe('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
    expect(json.info.name).toBe('Imgur API');
    expect(pc.Collection.isCollection(collection)).toBe(true);
    expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('has the upstream folders in order with their counts, plus Extras', () => {
    expect(folders(collection).map((f) => [f.name, f.items.count()])).toEqual(FOLDERS);
    expect(upstream).toHaveLength(85);
  });

  it('has the upstream method totals over the 85 requests', () => {
    const totals: Record<string, number> = {};
    for (const e of upstream) totals[e.request.method] = (totals[e.request.method] ?? 0) + 1;
    expect(totals).toEqual(METHOD_TOTALS);
  });

  it('declares exactly the reference variables, and uses no undeclared one', () => {
    const declared = collection.variables.all().map((v) => v.key);
    expect([...declared].sort()).toEqual([...VARIABLES].sort());
    const used = new Set([...text.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => m[1]));
    expect([...used].filter((v) => !VARIABLES.includes(v!))).toEqual([]);
  });

  it.each(URLS)('%s/%s is %s %s', (folder, name, method, raw) => {
    const r = find(folder, name);
    expect(r.method).toBe(method);
    expect(r.url.toString()).toBe(raw);
  });

  it('writes every URL absolutely: url.raw agrees with protocol, host, path and query', () => {
    for (const e of all) {
      if (e.name === 'Random Gallery Images') continue;
      const url = e.request.url;
      const query = url.query
        .all()
        .filter((p) => !p.disabled)
        .map((p) => `${p.key}=${p.value}`)
        .join('&');
      const rebuilt = `https://${url.getHost()}/${(url.path ?? []).join('/')}${query ? `?${query}` : ''}`;
      expect(url.protocol, `${e.folder}/${e.name}`).toBe('https');
      expect(url.getHost(), `${e.folder}/${e.name}`).toMatch(/^(api\.imgur\.com|\{\{hostname\}\})$/);
      expect(rawOf(e.folder, e.name), `${e.folder}/${e.name}`).toBe(rebuilt);
    }
    const hosts = all.filter((e) => e.request.url.getHost() === '{{hostname}}').map((e) => e.name);
    expect(hosts).toEqual(['Account Delete (me)']);
  });

  it('writes every path parameter as a whole {{variable}} segment and bakes no variable value into a path', () => {
    expect(pathProblems(collection)).toEqual([]);
    const broken = clone();
    const req = rawRequest(broken, 'Account', 'Account Base');
    req.url.path = ['3', 'account', 'user-{{username}}'];
    expect(pathProblems(load(broken))).toEqual(['Account/Account Base: segment "user-{{username}}" is not a whole {{variable}}']);
    req.url.path = ['3', 'account', 'imgur'];
    expect(pathProblems(load(broken))).toEqual(['Account/Account Base: segment "imgur" bakes in a variable value']);
  });

  it('keeps literal me where upstream fixed the current user', () => {
    const me = upstream.filter((e) => e.request.url.path?.includes('me')).map((e) => e.name);
    expect(me).toEqual(['Account Blocks', 'Account Images', 'Account Settings', 'Follow Tag', 'Unfollow tag', 'Account Delete (me)']);
  });

  it('carries the query parameters of the Gallery, Gallery Search and Account Delete requests', () => {
    const q = (folder: string, name: string) =>
      find(folder, name)
        .url.query.all()
        .map((p) => [p.key, p.value]);
    expect(q('Gallery', 'Gallery')).toEqual([
      ['showViral', '{{showViral}}'],
      ['mature', '{{showMature}}'],
      ['album_previews', '{{albumPreviews}}'],
    ]);
    expect(q('Gallery', 'Gallery Search')).toEqual([['q', 'cats']]);
    expect(q('Account', 'Account Delete (me)')).toEqual([['client_id', '{{clientId}}']]);
  });

  it('has the upstream auth totals: Bearer 44, Client-ID 31, both 7, none 3', () => {
    const totals = { bearer: 0, clientId: 0, both: 0, none: 0 };
    for (const e of upstream) totals[authKind(e.request)]++;
    expect(totals).toEqual(AUTH_TOTALS);
    expect(upstream.filter((e) => authKind(e.request) === 'none').map((e) => [e.folder, e.name])).toEqual(NO_AUTH);
  });

  it('gives the six (Un-Authed / Authed) requests both headers with one disabled', () => {
    expect(dualAuthProblems(collection)).toEqual([]);
    for (const [folder, name, enabled] of DUAL_AUTH) {
      const on = authHeaders(find(folder, name))
        .filter((h) => !h.disabled)
        .map((h) => h.value.split(' ')[0]);
      expect(on, `${folder}/${name}`).toEqual([enabled]);
    }
    expect(all.filter((e) => /\(un-authed \/ authed\)/i.test(e.name)).map((e) => e.name)).toEqual(DUAL_AUTH.map((d) => d[1]));
    const broken = clone();
    const header = rawRequest(broken, 'Account', 'Account Available Avatars (Un-authed / Authed)').header;
    delete header[0]!.disabled;
    expect(dualAuthProblems(load(broken))).toHaveLength(1);
  });

  it('gives Image Upload request-level bearer auth with {{accessToken}} plus the Client-ID header, and leaks no token', () => {
    const r = find('Image', 'Image Upload');
    expect(r.auth?.type).toBe('bearer');
    expect(r.auth?.parameters().get('token')).toBe('{{accessToken}}');
    expect(authHeaders(r)).toEqual([{ value: 'Client-ID {{clientId}}', disabled: false }]);
    expect(text).not.toMatch(/[0-9a-f]{32,}/i);
    const files = rawRequest(json, 'Image', 'Image Upload')
      .body?.formdata?.filter((p) => p.type === 'file')
      .map((p) => p.key);
    expect(files).toEqual(['image', 'video']);
    const formats = descriptionOf(r).split('#### Accepted Video Formats')[1]?.split('####')[0] ?? '';
    expect(formats.match(/video\/[a-z0-9.-]+/g)).toEqual([
      'video/mp4',
      'video/webm',
      'video/x-matroska',
      'video/quicktime',
      'video/x-flv',
      'video/x-msvideo',
      'video/x-ms-wmv',
      'video/mpeg',
    ]);
  });

  it.each(BLOCK_ROUTES)('%s (%s) accepts JSON:API and shows a JSON response example', (name, method) => {
    const r = find('Account', name);
    expect(r.method).toBe(method);
    expect(r.headers.get('Accept')).toBe('application/vnd.api+json');
    const example = /#### Response:\n\n```json\n([\s\S]*?)\n```/.exec(descriptionOf(r))?.[1];
    expect(example).toBeDefined();
    expect(JSON.parse(example!)).toHaveProperty('data');
  });

  it('sends Account Delete as raw JSON with a Content-Type header', () => {
    const r = find('Account', 'Account Delete (me)');
    expect(r.headers.get('Content-Type')).toBe('application/json');
    expect(r.body?.mode).toBe('raw');
    expect(rawRequest(json, 'Account', 'Account Delete (me)').body?.options).toEqual({ raw: { language: 'json' } });
  });

  it.each(BODIES)('%s/%s has a %s body with keys %j', (folder, name, mode, keys) => {
    const body = find(folder, name).body;
    expect(body?.mode).toBe(mode);
    const got = mode === 'raw' ? Object.keys(JSON.parse(body?.raw ?? '') as object) : body?.formdata?.all().map((p) => p.key);
    expect(got).toEqual(keys);
  });

  it('has a body only on the requests listed with one', () => {
    const withBody = all.filter((e) => e.request.body).map((e) => `${e.folder}/${e.name}`);
    expect(withBody).toEqual(BODIES.map(([f, n]) => `${f}/${n}`));
  });

  it.each(PARAM_TABLES)('%s/%s has a Parameters table with keys %j', (folder, name, keys) => {
    const rows = table(descriptionOf(find(folder, name)), 'Parameters');
    expect(rows?.map((r) => r.key)).toEqual(keys);
    for (const row of rows ?? []) expect(row.required).toMatch(/^(required|optional)$/);
  });

  it('has a Parameters table on no request outside the list', () => {
    const withTable = all.filter((e) => table(descriptionOf(e.request), 'Parameters')).map((e) => `${e.folder}/${e.name}`);
    expect(withTable).toEqual(PARAM_TABLES.map(([f, n]) => `${f}/${n}`));
  });

  it.each(PARAM_SPOTS)('%s/%s %s: %s is %s, values %j, default %s', (folder, name, title, key, required, values, def) => {
    const row = table(descriptionOf(find(folder, name)), title)?.find((r) => r.key === key);
    expect(row).toBeDefined();
    expect(row!.required).toBe(required);
    expect(allowed(row!.description)).toEqual(values);
    expect(defaultOf(row!.description)).toBe(def);
  });

  it('parses allowed values and defaults the way the tables write them', () => {
    expect(allowed('`a` &#124; `b` | `c`. Defaults to `b`.')).toEqual(['a', 'b', 'c']);
    expect(allowed('Must be `refresh_token`.')).toEqual([]);
    expect(defaultOf('`a` &#124; `b`. Defaults to `b`.')).toBe('b');
    expect(defaultOf('`a` &#124; `b`.')).toBeNull();
  });

  it.each(KEY_MISMATCHES)('%s/%s keeps the upstream table key %s for the URL variable {{%s}}', (folder, name, key, variable) => {
    const r = find(folder, name);
    expect(r.url.path).toContain(`{{${variable}}}`);
    const keys = table(descriptionOf(r), 'Parameters')?.map((x) => x.key);
    expect(keys).toContain(key);
    expect(keys).not.toContain(variable);
  });

  it('documents the Comment Report reason codes 1 to 5', () => {
    const rows = table(descriptionOf(find('Comment', 'Report')), 'Report Reason Codes');
    expect(rows?.map((r) => r.key)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('names a response model on 53 upstream requests, none on the other 32', () => {
    const without = upstream.filter((e) => models(e.request) === null).map((e) => `${e.folder}/${e.name}`);
    expect(without).toEqual(NO_MODEL);
    expect(upstream.length - without.length).toBe(53);
  });

  it.each(MODELS)('%s/%s names the response model(s) %j', (folder, name, want) => {
    expect(models(find(folder, name))).toEqual(want);
  });

  it('starts every description with a plain paragraph of its own', () => {
    for (const e of all) {
      const first = descriptionOf(e.request).split('\n\n')[0] ?? '';
      expect(first.length, `${e.folder}/${e.name}`).toBeGreaterThan(10);
      expect(first.startsWith('#')).toBe(false);
    }
  });

  it('keeps Random Gallery Images without a URL and marks it deprecated', () => {
    const r = find('Gallery', 'Random Gallery Images');
    expect(r.method).toBe('GET');
    expect(r.url.toString()).toBe('');
    expect(descriptionOf(r)).toMatch(/deprecated/i);
  });

  it('adds Credits and Feed in Extras', () => {
    const credits = descriptionOf(find('Extras', 'Credits'));
    for (const field of ['UserLimit', 'UserRemaining', 'UserReset', 'ClientLimit', 'ClientRemaining']) expect(credits).toContain(field);
    expect(authKind(find('Extras', 'Credits'))).toBe('clientId');
    expect(authKind(find('Extras', 'Feed'))).toBe('bearer');
  });
});
