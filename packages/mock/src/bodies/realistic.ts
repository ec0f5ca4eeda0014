import type { Random } from './random.js';

/** Where a value goes: the component schema it belongs to (when known), the field name and its siblings so far. */
export interface Field {
  /** The component schema the field belongs to, e.g. `Image` (undefined for inline schemas). */
  readonly model: string | undefined;
  readonly name: string;
  /** Siblings generated before this field (`id` comes first, so links can use it). */
  readonly parent: Readonly<Record<string, unknown>>;
  readonly rnd: Random;
}

type Gen = (f: Field) => unknown;

/** Fields real Imgur bodies send as null (captured traffic); null is used where the schema allows it. */
const NULL_IN_REAL_DATA = new Set([
  'GalleryAlbum.topic_id',
  'GalleryAlbum.favorite',
  'Image.ad_type',
  'Image.ad_url',
  'Image.name',
  'privacy',
  'layout',
  'score',
  'description',
  'section',
  'vote',
  'Image.nsfw',
  'Album.nsfw',
  'cover_edited',
  'thumbnail_hash',
  'logo_hash',
  'logo_destination_url',
  'css',
  'scope',
  'next',
  'data_link',
  'bio',
  'Image.account_url',
  'Image.account_id',
]);

/** True when real bodies carry null in this field. */
export function nullInRealData(f: Pick<Field, 'model' | 'name'>): boolean {
  return NULL_IN_REAL_DATA.has(`${f.model}.${f.name}`) || NULL_IN_REAL_DATA.has(f.name);
}

const USERNAMES = ['pixelwrangler', 'catsofmidnight', 'SirReginaldPotts', 'noodleflavored', 'ThatGuyFromAccounting', 'mountaingoatlife', 'QuietLurker42'];
const TITLES = [
  'My cat discovered the printer today',
  'Sunset over the bay last night',
  "Found this in my grandpa's attic",
  'Finally finished the treehouse',
  'Nobody told me the dog could open doors',
  'Week 12 of learning to bake bread',
  'The view from my office window',
];
const DESCRIPTIONS = ['Taken on my phone, no filter.', 'He has been sitting there for an hour.', 'Swipe for the before picture.', 'Not mine, found it on a walk.'];
const COMMENTS = ['This made my day', 'Take my upvote and go', 'The second picture got me', 'Absolutely glorious', 'I need this in my life', 'Came here to say this'];
const TAGS = ['funny', 'aww', 'cats', 'dogs', 'wholesome', 'gaming', 'nature', 'food', 'art', 'science'];
const TOPICS = ['No Topic', 'Funny', 'Aww', 'Science & Tech', 'Gaming', 'Eat What You Want'];
const SECTIONS = ['funny', 'pics', 'aww', 'EarthPorn', 'cats'];
const WORDS = ['meadow', 'lantern', 'harbor', 'pebble', 'orchid', 'canyon', 'velvet', 'ember'];

const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[rnd.int(0, xs.length - 1)]!;
const idOf = (f: Field): string => (typeof f.parent.id === 'string' ? f.parent.id : f.rnd.id(7));
const userOf = (f: Field): string => (typeof f.parent.url === 'string' ? f.parent.url : typeof f.parent.account_url === 'string' ? f.parent.account_url : pick(f.rnd, USERNAMES));
const isAlbum = (f: Field): boolean => /Album/.test(f.model ?? '') || f.parent.is_album === true;
const epoch = (f: Field): number => f.rnd.int(1_500_000_000, 1_700_000_000);

/** What Imgur's ad fields look like on a non-promoted item (2022+ bodies). */
export function adConfig(inGallery: boolean): Record<string, unknown> {
  const safe = inGallery ? ['in_gallery', 'sixth_mod_safe', 'gallery', 'album'] : ['sixth_mod_safe', 'share'];
  const unsafe = inGallery ? [] : ['not_in_gallery'];
  return {
    safeFlags: safe,
    highRiskFlags: [],
    unsafeFlags: unsafe,
    wallUnsafeFlags: [],
    showsAds: false,
    showAdLevel: inGallery ? 2 : 0,
    safe_flags: safe,
    high_risk_flags: [],
    unsafe_flags: unsafe,
    wall_unsafe_flags: [],
    show_ads: false,
    show_ad_level: inGallery ? 2 : 0,
    nsfw_score: 0,
  };
}

/** Realistic strings, keyed `Model.field` first, then `field`. */
const STRINGS: Readonly<Record<string, Gen>> = {
  id: (f) => f.rnd.id(7),
  'Tag.id': (f) => String(f.rnd.int(1, 99_999)),
  deletehash: (f) => f.rnd.id(15),
  type: () => 'image/jpeg',
  link: (f) => (isAlbum(f) ? `https://imgur.com/a/${idOf(f)}` : `https://i.imgur.com/${idOf(f)}.jpg`),
  'CustomGallery.link': (f) => `https://imgur.com/g/${f.rnd.id(7)}`,
  gifv: (f) => `https://i.imgur.com/${idOf(f)}.gifv`,
  mp4: (f) => `https://i.imgur.com/${idOf(f)}.mp4`,
  hls: () => '',
  ad_url: () => '',
  mp4_size: (f) => String(f.rnd.int(100_000, 9_000_000)),
  title: (f) => pick(f.rnd, TITLES),
  description: (f) => pick(f.rnd, DESCRIPTIONS),
  'Tag.description': () => '',
  'Topic.description': () => 'Posts on this topic',
  'Trophy.description': () => 'Posted a comment that reached the top of the gallery.',
  account_url: (f) => pick(f.rnd, USERNAMES),
  url: (f) => pick(f.rnd, USERNAMES),
  author: (f) => pick(f.rnd, USERNAMES),
  account_username: (f) => pick(f.rnd, USERNAMES),
  with_account: (f) => pick(f.rnd, USERNAMES),
  from: (f) => pick(f.rnd, USERNAMES),
  blocked_url: (f) => pick(f.rnd, USERNAMES),
  'Image.name': () => '',
  'Tag.name': (f) => pick(f.rnd, TAGS),
  'TagVote.name': (f) => pick(f.rnd, TAGS),
  'Topic.name': (f) => pick(f.rnd, TOPICS),
  'Trophy.name': () => 'Top Comment',
  'Trophy.name_clean': () => 'TopComment',
  'AvailableAvatars.name': () => 'default/A',
  display_name: (f) => (typeof f.parent.name === 'string' ? f.parent.name : pick(f.rnd, TAGS)),
  featured: (f) => pick(f.rnd, TAGS),
  topic: () => 'No Topic',
  section: (f) => pick(f.rnd, SECTIONS),
  comment: (f) => pick(f.rnd, COMMENTS),
  last_message_preview: (f) => pick(f.rnd, COMMENTS),
  body: (f) => pick(f.rnd, COMMENTS),
  reputation_name: () => 'Neutral',
  avatar: (f) => `https://imgur.com/user/${userOf(f)}/avatar?maxwidth=290`,
  avatar_name: () => 'default/A',
  'Account.cover': (f) => `https://imgur.com/user/${userOf(f)}/cover?maxwidth=2560`,
  cover: (f) => f.rnd.id(7),
  cover_name: () => 'default/1-space',
  accent: (f) => f.rnd.hex(6).toUpperCase(),
  background_hash: (f) => f.rnd.id(7),
  thumbnail_hash: (f) => f.rnd.id(7),
  logo_hash: (f) => f.rnd.id(7),
  logo_destination_url: (f) => `https://imgur.com/t/${pick(f.rnd, TAGS)}`,
  platform: () => 'desktop',
  edited: () => '0',
  privacy: () => 'hidden',
  layout: () => 'blog',
  image: (f) => `https://s.imgur.com/images/trophies/${f.rnd.hex(32)}.png`,
  image_id: (f) => f.rnd.id(7),
  album_cover: (f) => f.rnd.id(7),
  data: (f) => f.rnd.id(7),
  data_link: (f) => `https://imgur.com/gallery/${f.rnd.id(7)}`,
  location: (f) => `https://i.imgur.com/${f.rnd.id(7)}.png`,
  email: (f) => `${pick(f.rnd, USERNAMES).toLowerCase()}@example.com`,
  access_token: (f) => f.rnd.hex(40),
  refresh_token: (f) => f.rnd.hex(40),
  token_type: () => 'bearer',
  meme_name: () => 'Confession Bear',
  top_text: () => 'I never read the terms',
  bottom_text: () => 'and I never will',
  bg_image: (f) => `https://i.imgur.com/${f.rnd.id(7)}.jpg`,
  css: () => 'topic-no-topic',
};

/** Realistic numbers: times as unix seconds, counters as non-negative integers in the ranges real bodies show. */
const NUMBERS: Readonly<Record<string, Gen>> = {
  datetime: epoch,
  created: epoch,
  UserReset: () => Math.floor(Date.now() / 1000) + 3600,
  UserLimit: () => 2000,
  UserRemaining: (f) => f.rnd.int(1500, 2000),
  ClientLimit: () => 12500,
  ClientRemaining: (f) => f.rnd.int(10_000, 12_500),
  expires_in: () => 2_419_200,
  width: (f) => f.rnd.int(320, 3000),
  height: (f) => f.rnd.int(240, 3000),
  cover_width: (f) => f.rnd.int(320, 3000),
  cover_height: (f) => f.rnd.int(240, 3000),
  size: (f) => f.rnd.int(20_000, 5_000_000),
  mp4_size: (f) => f.rnd.int(100_000, 9_000_000),
  views: (f) => f.rnd.int(0, 250_000),
  bandwidth: (f) => f.rnd.int(0, 2_000_000_000),
  ups: (f) => f.rnd.int(0, 20_000),
  downs: (f) => f.rnd.int(0, 1500),
  points: (f) => f.rnd.int(0, 18_000),
  score: (f) => f.rnd.int(0, 20_000),
  comment_count: (f) => f.rnd.int(0, 1200),
  favorite_count: (f) => f.rnd.int(0, 3000),
  images_count: (f) => f.rnd.int(1, 40),
  followers: (f) => f.rnd.int(0, 1_500_000),
  total_items: (f) => f.rnd.int(0, 400_000),
  item_count: (f) => f.rnd.int(0, 60),
  account_id: (f) => f.rnd.int(1_000_000, 180_000_000),
  author_id: (f) => f.rnd.int(1_000_000, 180_000_000),
  sender_id: (f) => f.rnd.int(1_000_000, 180_000_000),
  with_account_id: (f) => f.rnd.int(1_000_000, 180_000_000),
  blocked_id: (f) => f.rnd.int(1_000_000, 180_000_000),
  'Account.id': (f) => f.rnd.int(1_000_000, 180_000_000),
  'Comment.id': (f) => f.rnd.int(1_000_000_000, 2_400_000_000),
  id: (f) => f.rnd.int(1, 99_999),
  topic_id: () => 29,
  ad_type: () => 0,
  parent_id: () => 0,
  reputation: (f) => f.rnd.int(0, 20_000),
  total_gallery_comments: (f) => f.rnd.int(0, 5000),
  total_gallery_favorites: (f) => f.rnd.int(0, 5000),
  total_gallery_submissions: (f) => f.rnd.int(0, 300),
  available_avatars_count: () => 1,
  message_count: (f) => f.rnd.int(1, 50),
  conversation_id: (f) => f.rnd.int(1, 99_999_999),
  page: () => 1,
};

const BOOLEANS: Readonly<Record<string, Gen>> = {
  looping: () => true,
  accepted_gallery_terms: () => true,
  first_party: () => true,
  messaging_enabled: () => true,
};

/** Strings real bodies send for fields nobody has a generator for: a plain word, or an id for `…id`/`…hash`. */
export function plainString(f: Field): string {
  return /(^|_)id$|hash$/i.test(f.name) ? f.rnd.id(7) : pick(f.rnd, WORDS);
}

/** A realistic value for a field of the given JSON type, or `undefined` when the table has none. */
export function realistic(f: Field, type: 'string' | 'integer' | 'number' | 'boolean'): unknown {
  const table = type === 'string' ? STRINGS : type === 'boolean' ? BOOLEANS : NUMBERS;
  const gen = table[`${f.model}.${f.name}`] ?? (Object.hasOwn(table, f.name) ? table[f.name] : undefined);
  return gen?.(f);
}
