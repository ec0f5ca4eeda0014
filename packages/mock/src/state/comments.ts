import { MockHttpError } from '../http/errors.js';
import type { Handler, HandlerContext } from '../http/handlers.js';
import { text } from './input.js';
import type { CommentRec, VoteValue } from './records.js';
import { commentView } from './views.js';

/** Finds a live comment by id (404 otherwise). */
export function findComment(ctx: HandlerContext, raw: string | undefined): CommentRec {
  const c = ctx.store.comments.get(Number(raw));
  if (!c || c.deleted) throw new MockHttpError(404, `Unable to find a comment with the id, ${raw ?? ''}`);
  return c;
}

/** Creates a comment (or a reply when `parentId` is set) on an existing image or album. */
export function createComment(ctx: HandlerContext, itemId: string, text: string, parentId: number): { id: number } {
  const onAlbum = ctx.store.albums.has(itemId);
  if (!onAlbum && !ctx.store.images.has(itemId)) throw new MockHttpError(404, `Unable to find an image or album with the id, ${itemId}`);
  if (parentId !== 0) {
    const parent = findComment(ctx, String(parentId));
    if (parent.itemId !== itemId) throw new MockHttpError(400, 'Invalid field `parent_id`: the parent comment is on another item');
  }
  const c: CommentRec = {
    id: ctx.store.nextCommentId(),
    itemId,
    onAlbum,
    text,
    authorId: ctx.auth.user?.id ?? 0,
    parentId,
    datetime: Math.floor(Date.now() / 1000),
    seq: ctx.store.nextSeq(),
    deleted: false,
    votes: new Map(),
  };
  ctx.store.comments.set(c.id, c);
  return { id: c.id };
}

/** Marks a comment of the caller deleted. */
export function deleteComment(ctx: HandlerContext, raw: string | undefined): true {
  const c = findComment(ctx, raw);
  if (c.authorId !== ctx.auth.user?.id) throw new MockHttpError(403, 'Permission denied: you are not the author of this comment');
  c.deleted = true;
  return true;
}

/** Records, changes or (veto) removes the caller's vote. */
export function applyVote(votes: Map<number, VoteValue>, userId: number, vote: string | undefined): true {
  if (vote === 'up' || vote === 'down') votes.set(userId, vote);
  else if (vote === 'veto') votes.delete(userId);
  else throw new MockHttpError(400, 'Invalid path parameter `vote`: must be up, down or veto');
  return true;
}

function required(ctx: HandlerContext, key: string): string {
  const v = text(ctx, key);
  if (v === undefined) throw new MockHttpError(400, `Missing required field \`${key}\``);
  return v;
}

/** Comment handlers: get, create, reply, delete, vote, report, replies. */
export const commentHandlers: Readonly<Record<string, Handler>> = {
  'GET /3/comment/{}': (ctx) => commentView(ctx, findComment(ctx, ctx.args[0])),
  'GET /3/comment/{}/replies': (ctx) => commentView(ctx, findComment(ctx, ctx.args[0])),
  'POST /3/comment': (ctx) => createComment(ctx, required(ctx, 'image_id'), required(ctx, 'comment'), Number(text(ctx, 'parent_id') ?? 0) || 0),
  'POST /3/comment/{}': (ctx) => {
    const parent = findComment(ctx, ctx.args[0]);
    return createComment(ctx, text(ctx, 'image_id') ?? parent.itemId, required(ctx, 'comment'), parent.id);
  },
  'DELETE /3/comment/{}': (ctx) => deleteComment(ctx, ctx.args[0]),
  'POST /3/comment/{}/vote/{}': (ctx) => applyVote(findComment(ctx, ctx.args[0]).votes, ctx.auth.user?.id ?? 0, ctx.args[1]),
  'POST /3/comment/{}/report': (ctx) => {
    findComment(ctx, ctx.args[0]);
    return true;
  },
};
