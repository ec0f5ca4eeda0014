/** In-memory records of the mock's state (never exposed as-is: views in `state/views.ts` shape responses). */

/** A vote on a comment or gallery item. */
export type VoteValue = 'up' | 'down';

/** A user account. */
export interface UserRec {
  readonly id: number;
  username: string;
  email: string;
  bio: string | null;
  readonly created: number;
  albumPrivacy: 'public' | 'hidden' | 'secret';
  publicImages: boolean;
  showMature: boolean;
  messagingEnabled: boolean;
  /** Asked by `POST /3/account/me/delete`. */
  readonly password: string;
  emailVerified: boolean;
  /** Set by `POST /3/account/me/delete`: the account no longer answers. */
  deleted: boolean;
}

/** An issued token pair. */
export interface TokenRec {
  readonly access: string;
  readonly refresh: string;
  readonly userId: number;
  readonly clientId: string;
  /** Epoch ms after which the access token is rejected. */
  expiresAt: number;
}

/** An uploaded image or video. */
export interface ImageRec {
  readonly id: string;
  readonly deletehash: string;
  readonly ownerId: number | null;
  title: string | null;
  description: string | null;
  readonly name: string | null;
  readonly type: string;
  readonly ext: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: Uint8Array;
  /** The URL given with `type=url` (nothing is fetched). */
  readonly source: string | null;
  readonly datetime: number;
  readonly seq: number;
  views: number;
  bandwidth: number;
}

/** An album. */
export interface AlbumRec {
  readonly id: string;
  readonly deletehash: string;
  readonly ownerId: number | null;
  title: string | null;
  description: string | null;
  privacy: 'public' | 'hidden' | 'secret';
  layout: string;
  cover: string | null;
  imageIds: string[];
  readonly datetime: number;
  readonly seq: number;
  views: number;
}

/** A comment on an image or album. */
export interface CommentRec {
  readonly id: number;
  readonly itemId: string;
  readonly onAlbum: boolean;
  readonly text: string;
  readonly authorId: number;
  readonly parentId: number;
  readonly datetime: number;
  readonly seq: number;
  deleted: boolean;
  readonly votes: Map<number, VoteValue>;
}

/** An image or album shared with the community. */
export interface GalleryRec {
  readonly id: string;
  readonly isAlbum: boolean;
  title: string;
  topic: string | null;
  tags: string[];
  /** Who added each tag (user id), for the tag votes of `GET /3/gallery/{id}/tags`. */
  tagAuthors: Record<string, number>;
  mature: boolean;
  readonly datetime: number;
  readonly seq: number;
  readonly votes: Map<number, VoteValue>;
}
