import type { MockServer } from '../src/types.js';

/** One recorded answer of the mock: the operation's templated path, the status and the parsed body. */
export interface RecordedResponse {
  readonly method: string;
  /** The spec's path template, e.g. `/3/image/{imageHash}`. */
  readonly path: string;
  readonly operationId: string;
  readonly status: number;
  readonly body: unknown;
}

interface OperationRef {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly params: readonly { readonly name: string; readonly in: string; readonly schema?: { readonly enum?: readonly unknown[]; readonly default?: unknown } }[];
}

const BEARER = { authorization: 'Bearer mock-access-token' };
const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

/** Every operation of an OpenAPI document, deletions last (so they do not remove what later calls need). */
export function operationsOf(doc: { paths: Record<string, Record<string, unknown>> }): OperationRef[] {
  const out: OperationRef[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters ?? []) as OperationRef['params'];
    for (const method of METHODS) {
      const op = item[method] as { operationId?: string; parameters?: OperationRef['params'] } | undefined;
      if (!op) continue;
      out.push({ method: method.toUpperCase(), path, operationId: op.operationId ?? `${method} ${path}`, params: [...shared, ...(op.parameters ?? [])] });
    }
  }
  // Deletes last, and the account's own deletion after them (it ends the account and its token).
  const last = (o: OperationRef): number => (o.operationId === 'account.deleteAccount' ? 2 : o.method === 'DELETE' ? 1 : 0);
  return out.sort((a, b) => last(a) - last(b));
}

async function post(server: MockServer, path: string, fields: Record<string, string>): Promise<Record<string, unknown>> {
  const r = await fetch(server.url + path, { method: 'POST', headers: BEARER, body: new URLSearchParams(fields) });
  const json = (await r.json()) as { data: Record<string, unknown> };
  if (!r.ok) throw new Error(`setup ${path} failed: ${r.status} ${JSON.stringify(json)}`);
  return json.data;
}

/**
 * Calls every operation of `doc` once against a mock on the default seed, signed in as its user, after creating
 * what the calls need (images, albums, gallery posts, comments), and records each answer.
 */
export async function recordEveryOperation(server: MockServer, doc: { paths: Record<string, Record<string, unknown>> }): Promise<RecordedResponse[]> {
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  const upload = () => post(server, '/3/upload', { image: png, type: 'base64', title: 'Sunset over the bay' });
  const [img, img2, img3] = [await upload(), await upload(), await upload()];
  const album = await post(server, '/3/album', { 'ids[]': String(img.id), title: 'Holiday' });
  const album2 = await post(server, '/3/album', { title: 'To delete' });
  const album3 = await post(server, '/3/album', { title: 'To delete too' });
  await post(server, `/3/gallery/image/${String(img.id)}`, { title: 'Sunset over the bay', tags: 'cats,aww', topic: 'Aww' });
  await post(server, `/3/gallery/album/${String(album.id)}`, { title: 'Holiday', tags: 'cats' });
  await post(server, `/3/gallery/image/${String(img2.id)}`, { title: 'Leaving soon', tags: 'cats' });
  const comment = await post(server, '/3/comment', { image_id: String(img.id), comment: 'What a view' });
  const comment2 = await post(server, '/3/comment', { image_id: String(img.id), comment: 'Delete me' });
  const comment3 = await post(server, '/3/comment', { image_id: String(img.id), comment: 'Delete me too' });
  const values: Record<string, string> = {
    username: 'imgur-mock-user',
    albumHash: String(album.id),
    imageHash: String(img.id),
    imageId: String(img.id),
    galleryHash: String(img.id),
    commentId: String(comment.id),
    vote: 'up',
    tagName: 'cats',
    subreddit: 'cats',
    subredditImageId: String(img.id),
    client_id: 'mock-client-id',
  };
  const deletes: Record<string, Record<string, string>> = {
    'image.deleteImage': { imageHash: String(img2.deletehash) },
    'album.deleteAlbum': { albumHash: String(album2.deletehash) },
    'account.deleteAlbum': { albumHash: String(album3.id) },
    'account.deleteImage': { imageId: String(img3.deletehash) },
    'comment.deleteComment': { commentId: String(comment2.id) },
    'account.deleteComment': { commentId: String(comment3.id) },
    'gallery.removeFromGallery': { galleryHash: String(img2.id) },
  };
  const body: Record<string, string> = {
    comment: 'Nice',
    image_id: String(img.id),
    title: 'A title',
    password: 'mock-password',
    tags: 'cats',
    'ids[]': String(img.id),
    image: png,
    type: 'base64',
    refresh_token: 'mock-refresh-token',
    client_id: 'mock-client-id',
    client_secret: 'mock-client-secret',
    grant_type: 'refresh_token',
  };
  const out: RecordedResponse[] = [];
  for (const op of operationsOf(doc)) {
    const own = deletes[op.operationId] ?? {};
    const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const spec = op.params.find((p) => p.in === 'path' && p.name === name)?.schema;
      return encodeURIComponent(own[name] ?? values[name] ?? String(spec?.default ?? spec?.enum?.[0] ?? 'x'));
    });
    const required = op.params.filter((p) => p.in === 'query' && (p as { required?: boolean }).required === true).map((p) => [p.name, values[p.name] ?? 'x']);
    const search = new URLSearchParams([...required, ...(op.operationId === 'gallery.searchGallery' ? [['q', 'cats']] : [])]).toString();
    const query = search === '' ? '' : `?${search}`;
    const hasBody = op.method === 'POST' || op.method === 'PUT';
    const r = await fetch(server.url + path + query, { method: op.method, headers: BEARER, ...(hasBody ? { body: new URLSearchParams(body) } : {}) });
    const text = await r.text();
    out.push({ method: op.method, path: op.path, operationId: op.operationId, status: r.status, body: text === '' ? undefined : JSON.parse(text) });
  }
  return out;
}
