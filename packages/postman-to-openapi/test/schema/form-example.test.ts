import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { schemaErrors } from '../support/json-schema.js';

const form = (name: string, mode: 'urlencoded' | 'formdata', rows: object[]) => ({
  name,
  request: { method: 'POST', url: 'https://auth.example.org/oauth/token', body: { mode, [mode]: rows } },
});
const collection = (items: object[]) => ({ info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: items });

describe('merged form bodies', () => {
  it('keeps each form as a named example the united schema accepts, and says so', () => {
    const { document, warnings } = convert(
      collection([
        form('jwt', 'urlencoded', [
          { key: 'grant_type', value: 'urn:ietf:params:oauth:grant-type:jwt-bearer' },
          { key: 'assertion', value: '{{assertion}}' },
          { key: 'off', value: 'x', disabled: true },
        ]),
        form('refresh', 'urlencoded', [
          { key: 'grant_type', value: 'refresh_token' },
          { key: 'refresh_token', value: 'r1' },
          { key: 'scope[]', value: 'a' },
          { key: 'scope[]', value: 'b' },
        ]),
      ]),
    );
    const media = document.paths['/oauth/token']?.post?.requestBody?.content['application/x-www-form-urlencoded'];
    expect(media?.examples).toEqual({
      jwt: { summary: 'jwt', value: { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: '{{assertion}}' } },
      refresh: { summary: 'refresh', value: { grant_type: 'refresh_token', refresh_token: 'r1', 'scope[]': ['a', 'b'] } },
    });
    for (const example of Object.values(media?.examples ?? {})) expect(schemaErrors(media?.schema, example.value)).toEqual([]);
    const merged = warnings.find((w) => w.code === 'merged');
    expect(merged?.message).toContain('kept there: as examples "refresh" in the request body (application/x-www-form-urlencoded)');
    expect(merged?.message).not.toContain('no example to keep');
  });

  it('shows a file field in a multipart example as its src and keeps a single form request as it was', () => {
    const one = convert(
      collection([
        form('upload', 'formdata', [
          { key: 'file', type: 'file', src: '/tmp/a.png' },
          { key: 'title', value: 't' },
        ]),
      ]),
    );
    const single = one.document.paths['/oauth/token']?.post?.requestBody?.content['multipart/form-data'];
    expect(single?.examples).toBeUndefined();
    expect(single?.example).toEqual({ title: 't', file: '/tmp/a.png' });
    const two = convert(
      collection([
        form('upload', 'formdata', [
          { key: 'file', type: 'file', src: '/tmp/a.png' },
          { key: 'title', value: 't' },
        ]),
        form('again', 'formdata', [{ key: 'title', value: 'u' }]),
      ]),
    );
    const media = two.document.paths['/oauth/token']?.post?.requestBody?.content['multipart/form-data'];
    expect(media?.examples?.upload?.value).toEqual({ title: 't', file: '/tmp/a.png' });
    expect(media?.examples?.again?.value).toEqual({ title: 'u' });
  });
});
