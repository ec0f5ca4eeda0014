import { createImgurClient, type OperationMeta } from '@imgur-ts/core';
import type { Comment, CommentCreated } from '@imgur-ts/models';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as comment from '../src/index.js';
import { createComment, getComment, voteComment, type CreateCommentInput, type VoteCommentInput } from '../src/index.js';
import { recorder, specOperations } from '../../../test-support/resource-package.js';

const operations = Object.values(comment).filter((v): v is typeof getComment => typeof v === 'function' && 'meta' in v);

describe('@imgur-ts/comment', () => {
  it('exports one operation per Comment operation of the spec, with its method and path', () => {
    const want = specOperations('Comment');
    console.log(`comment: ${operations.length} operations (spec: ${want.length})`);
    expect(operations.map((o) => [o.meta.id, o.meta.method, o.meta.path]).sort()).toEqual(want.sort());
  });

  it.each<[string, Partial<OperationMeta>]>([
    ['createComment', { security: ['bearer'], body: { encoding: 'multipart', fields: ['image_id', 'comment', 'parent_id'] } }],
    ['voteComment', { pathParams: ['commentId', 'vote'] }],
    ['getComment', { security: ['clientId'], envelope: true }],
  ])('%s has meta %j', (name, want) => {
    expect(operations.find((o) => o.meta.id === `comment.${name}`)?.meta).toMatchObject(want);
  });

  it('types inputs and outputs', () => {
    expectTypeOf(getComment).returns.resolves.toEqualTypeOf<Comment>();
    expectTypeOf(createComment).returns.resolves.toEqualTypeOf<CommentCreated>();
    expectTypeOf<VoteCommentInput['vote']>().toEqualTypeOf<'up' | 'down' | 'veto'>();
    // @ts-expect-error: a vote is up, down or veto
    const bad: VoteCommentInput = { commentId: '1', vote: 'sideways' };
    expect(bad.vote).toBe('sideways');
    expectTypeOf<CreateCommentInput>().toEqualTypeOf<{ image_id: string; comment: string; parent_id?: number | string }>();
  });

  it('sends voteComment with the bearer token', async () => {
    const r = recorder({ data: true, success: true, status: 200 });
    const client = createImgurClient({ accessToken: 'tok', fetch: r.fetch, retries: 0 });
    expect(await voteComment(client, { commentId: '42', vote: 'up' })).toBe(true);
    expect(r.seen.map((s) => [s.method, s.url, s.auth])).toEqual([['POST', 'https://api.imgur.com/3/comment/42/vote/up', 'Bearer tok']]);
  });
});
