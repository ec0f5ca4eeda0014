// imgur@2.5.0 ships types its package.json "exports" does not point at, written with extension-less relative
// imports that NodeNext cannot follow. The part of its public API the contract tests call, as its README documents it.
declare module 'imgur' {
  import type { EventEmitter } from 'node:events';

  export interface ImgurCredentials {
    accessToken?: string;
    refreshToken?: string;
    clientId?: string;
    clientSecret?: string;
  }

  export interface ImgurApiResponse<T = unknown> {
    headers: Record<string, string>;
    data: T;
    status: number;
    success: boolean;
  }

  export interface Payload {
    image?: string | Buffer | NodeJS.ReadableStream;
    type?: 'stream' | 'url' | 'base64';
    name?: string;
    title?: string;
    description?: string;
    album?: string;
    disable_audio?: '1' | '0';
  }

  export interface GalleryOptions {
    section?: 'hot' | 'top' | 'user';
    sort?: 'viral' | 'top' | 'time' | 'rising';
    window?: 'day' | 'week' | 'month' | 'year' | 'all';
    page?: number;
    showViral?: boolean;
    mature?: boolean;
    album_previews?: boolean;
  }

  export interface SubredditGalleryOptions {
    subreddit: string;
    sort?: 'time' | 'top';
    window?: 'day' | 'week' | 'month' | 'year' | 'all';
    page?: number;
  }

  export interface SearchGalleryOptions {
    q?: string;
    query?: string;
    sort?: 'time' | 'viral' | 'top';
    window?: 'day' | 'week' | 'month' | 'year' | 'all';
    page?: number;
    q_all?: string;
    q_any?: string;
    q_exactly?: string;
    q_not?: string;
    q_type?: 'jpg' | 'png' | 'gif' | 'anigif' | 'album';
    q_size_px?: 'small' | 'med' | 'big' | 'lrg' | 'huge';
  }

  /** The subset of an axios request config the tests pass to `request`. */
  export interface RequestOptions {
    url?: string;
    method?: string;
    data?: unknown;
    headers?: Record<string, string>;
  }

  export class ImgurClient extends EventEmitter {
    credentials: ImgurCredentials;
    constructor(credentials: ImgurCredentials);
    plainRequest(options: RequestOptions): Promise<{ status: number; data: unknown }>;
    request(options?: RequestOptions): Promise<{ status: number; data: unknown }>;
    deleteImage(imageHash: string): Promise<ImgurApiResponse<boolean>>;
    favoriteImage(imageHash: string): Promise<ImgurApiResponse<string>>;
    getAlbum(albumHash: string): Promise<ImgurApiResponse>;
    getAccount(account: string): Promise<ImgurApiResponse>;
    getAlbums(account: string, page?: number): Promise<ImgurApiResponse>;
    createAlbum(title?: string, description?: string): Promise<ImgurApiResponse>;
    getAlbumsIds(account: string, page?: number): Promise<ImgurApiResponse<string[]>>;
    getGallery(options: GalleryOptions): Promise<ImgurApiResponse>;
    getSubredditGallery(options: SubredditGalleryOptions): Promise<ImgurApiResponse>;
    searchGallery(options: SearchGalleryOptions): Promise<ImgurApiResponse>;
    getImage(imageHash: string): Promise<ImgurApiResponse>;
    updateImage(payload: { imageHash: string; title?: string; description?: string }): Promise<ImgurApiResponse<boolean>>;
    upload(payload: Payload): Promise<ImgurApiResponse>;
  }

  export function getAuthorizationHeader(client: ImgurClient): Promise<string | null>;
  export default ImgurClient;
}
