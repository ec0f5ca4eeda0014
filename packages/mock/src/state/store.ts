import { Random } from '../bodies/random.js';
import type { MockSnapshot, Seed, SeedClient } from '../types.js';
import type { AlbumRec, CommentRec, GalleryRec, ImageRec, TokenRec, UserRec } from './records.js';

/** The whole mutable state of one mock server; `load` replaces it from a seed. */
export class Store {
  readonly clients = new Map<string, SeedClient>();
  readonly users = new Map<number, UserRec>();
  readonly tokens = new Map<string, TokenRec>();
  readonly refreshTokens = new Map<string, TokenRec>();
  readonly images = new Map<string, ImageRec>();
  readonly albums = new Map<string, AlbumRec>();
  readonly comments = new Map<number, CommentRec>();
  readonly gallery = new Map<string, GalleryRec>();
  /** `${userId}:${itemId}` */
  readonly favorites = new Set<string>();
  /** `${userId}:${username}` */
  readonly blocks = new Set<string>();
  /** `${userId}:${tag}` */
  readonly tagFollows = new Set<string>();
  rnd = new Random(1);
  requests = 0;
  private seq = 0;
  private nextComment = 1;

  constructor(
    seed: Seed,
    readonly tokenTtlMs: number,
  ) {
    this.load(seed);
  }

  /** Clears everything and loads clients, users and tokens from `seed`. */
  load(seed: Seed): void {
    for (const m of [this.clients, this.users, this.tokens, this.refreshTokens, this.images, this.albums, this.comments, this.gallery]) m.clear();
    this.favorites.clear();
    this.blocks.clear();
    this.tagFollows.clear();
    this.rnd = new Random(seed.random ?? 1);
    this.seq = 0;
    this.nextComment = 1;
    this.requests = 0;
    for (const c of seed.clients) this.clients.set(c.client_id, c);
    const now = Math.floor(Date.now() / 1000);
    for (const u of seed.users) {
      this.users.set(u.id, {
        id: u.id,
        username: u.username,
        email: u.email ?? `${u.username}@example.com`,
        bio: u.bio ?? null,
        created: now,
        albumPrivacy: 'public',
        publicImages: false,
        showMature: false,
        messagingEnabled: true,
        password: u.password ?? 'mock-password',
        emailVerified: u.email_verified ?? false,
        deleted: false,
      });
      const clientId = u.client_id ?? seed.clients[0]?.client_id ?? '';
      this.saveTokens({ access: u.access_token, refresh: u.refresh_token, userId: u.id, clientId, expiresAt: Date.now() + this.tokenTtlMs });
    }
  }

  /** A new unique id for an image or album (7 alphanumerics, from the seeded PRNG). */
  newId(): string {
    for (;;) {
      const id = this.rnd.id(7);
      if (!this.images.has(id) && !this.albums.has(id)) return id;
    }
  }

  /** Next value of the creation sequence (orders lists newest first when datetimes tie). */
  nextSeq(): number {
    return ++this.seq;
  }

  /** Next comment id. */
  nextCommentId(): number {
    return this.nextComment++;
  }

  /** Finds a user by name, case-insensitively. */
  userByName(name: string): UserRec | undefined {
    const lower = name.toLowerCase();
    return [...this.users.values()].find((u) => !u.deleted && u.username.toLowerCase() === lower);
  }

  /** How many users follow a tag. */
  tagFollowers(tag: string): number {
    return [...this.tagFollows].filter((f) => f.slice(f.indexOf(':') + 1) === tag).length;
  }

  /** True when the user follows the tag. */
  follows(userId: number, tag: string): boolean {
    return this.tagFollows.has(`${userId}:${tag}`);
  }

  /** Issues and stores a fresh access token, with a fresh refresh token unless `refresh` is kept. */
  issueTokens(userId: number, clientId: string, refresh?: string): TokenRec {
    return this.saveTokens({ access: this.rnd.hex(40), refresh: refresh ?? this.rnd.hex(40), userId, clientId, expiresAt: Date.now() + this.tokenTtlMs });
  }

  private saveTokens(t: TokenRec): TokenRec {
    this.tokens.set(t.access, t);
    this.refreshTokens.set(t.refresh, t);
    return t;
  }

  /** A JSON view for tests (image bytes reported by size only). */
  snapshot(): MockSnapshot {
    const username = (id: number): string => this.users.get(id)?.username ?? '';
    return {
      images: [...this.images.values()].map(({ bytes, ...rest }) => ({ ...rest, size: bytes.length })),
      albums: [...this.albums.values()].map((a) => ({ ...a, imageIds: [...a.imageIds] })),
      comments: [...this.comments.values()].map(({ votes, ...rest }) => ({ ...rest, votes: Object.fromEntries(votes) })),
      gallery: [...this.gallery.values()].map(({ votes, ...rest }) => ({ ...rest, votes: Object.fromEntries(votes) })),
      favorites: [...this.favorites],
      tokens: [...this.tokens.values()].map((t) => ({ username: username(t.userId), access_token: t.access, refresh_token: t.refresh, expired: t.expiresAt <= Date.now() })),
      requests: this.requests,
    };
  }
}
