import { expect, test } from 'vitest';
import { openapiDocument } from '../src/generated/openapi.gen.js';
import { startMockServer } from '../src/server.js';
import { readOperations } from '../src/spec/operations.js';
import { Validator } from '../src/http/validate.js';

// The bundled Imgur description (spec/openapi.json) is the default: every operation answers, and every
// 2xx body validates against that operation's schema.
const BEARER = { authorization: 'Bearer mock-access-token' };

test('every operation of the bundled spec answers with a body valid against its schema', async () => {
  const s = await startMockServer();
  try {
    const validator = new Validator(openapiDocument);
    const post = async (path: string, fields: Record<string, string>) =>
      (await (await fetch(s.url + path, { method: 'POST', headers: BEARER, body: new URLSearchParams(fields) })).json()).data;
    const img = await post('/3/upload', { image: 'https://example.com/a.png', type: 'url' });
    const album = await post('/3/album', { 'ids[]': img.id, title: 'A' });
    await post(`/3/gallery/image/${img.id}`, { title: 'G', tags: 'cats' });
    await post(`/3/gallery/album/${album.id}`, { title: 'GA' });
    const comment = await post('/3/comment', { image_id: img.id, comment: 'c' });
    const values: Record<string, string> = {
      username: 'imgur-mock-user',
      page: '0',
      albumHash: album.id,
      albumDeleteHash: album.deletehash,
      imageHash: img.id,
      imageId: img.id,
      galleryHash: img.id,
      commentId: String(comment.id),
      vote: 'up',
      tagName: 'cats',
      section: 'hot',
      subreddit: 'cats',
      subredditImageId: img.id,
    };
    const ops = readOperations(openapiDocument).filter((o) => o.method !== 'DELETE' && o.id !== 'account.deleteAccount');
    expect(ops.length).toBeGreaterThan(70);
    const failures: string[] = [];
    for (const op of ops) {
      const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
        const spec = op.params.find((p) => p.name === name)?.schema as { enum?: string[]; default?: unknown } | undefined;
        return encodeURIComponent(values[name] ?? String(spec?.default ?? spec?.enum?.[0] ?? 'x'));
      });
      const query = op.params
        .filter((p) => p.in === 'query' && p.required)
        .map((p) => `${p.name}=x`)
        .join('&');
      const body = op.body
        ? new URLSearchParams({
            comment: 'x',
            image_id: img.id,
            title: 't',
            tags: 'cats',
            'ids[]': img.id,
            image: 'https://example.com/b.png',
            type: 'url',
            refresh_token: 'mock-refresh-token',
            client_id: 'mock-client-id',
            client_secret: 'mock-client-secret',
            grant_type: 'refresh_token',
          })
        : undefined;
      const r = await fetch(`${s.url}${path}${query ? `?${query}` : ''}`, { method: op.method, headers: BEARER, ...(body ? { body } : {}) });
      const text = await r.text();
      const problem = r.ok ? validator.check(op.id, op.responseSchema, JSON.parse(text)) : `${r.status} ${text}`;
      if (problem !== undefined) failures.push(`${op.id} ${op.method} ${path}: ${problem}`);
    }
    expect(failures).toEqual([]);
  } finally {
    await s.close();
  }
});

test('perPage is honoured on list routes that do not declare it', async () => {
  const s = await startMockServer();
  try {
    for (let i = 0; i < 5; i++)
      await fetch(`${s.url}/3/upload`, { method: 'POST', headers: BEARER, body: new URLSearchParams({ image: 'https://example.com/a.png', type: 'url' }) });
    const r = await (await fetch(`${s.url}/3/account/me/images/1?perPage=2`, { headers: BEARER })).json();
    expect(r.data).toHaveLength(2);
    const all = await (await fetch(`${s.url}/3/account/me/images/0`, { headers: BEARER })).json();
    expect(r.data.map((i: { id: string }) => i.id)).toEqual(all.data.slice(2, 4).map((i: { id: string }) => i.id));
  } finally {
    await s.close();
  }
});
