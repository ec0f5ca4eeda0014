import { pascalCase } from './names.js';

/**
 * Model page slug (`https://api.imgur.com/models/<slug>`) -> component schema name.
 * Slugs not listed fall back to PascalCase and are reported as `unknown-model`.
 */
export const MODEL_COMPONENTS: Readonly<Record<string, string>> = {
  account: 'Account',
  account_settings: 'AccountSettings',
  album: 'Album',
  basic: 'Basic',
  comment: 'Comment',
  conversation: 'Conversation',
  custom_gallery: 'CustomGallery',
  gallery_album: 'GalleryAlbum',
  gallery_image: 'GalleryImage',
  gallery_profile: 'GalleryProfile',
  image: 'Image',
  meme_metadata: 'MemeMetadata',
  message: 'Message',
  notification: 'Notification',
  tag: 'Tag',
  tag_vote: 'TagVote',
  topic: 'Topic',
  trophy: 'Trophy',
  vote: 'Vote',
};

/** A response model named by a description's `Response Model:` line. */
export interface ModelRef {
  /** The link text, e.g. "Gallery Image". */
  title: string;
  /** The model page slug, e.g. "gallery_image". */
  page: string;
  url: string;
  component: string;
  known: boolean;
}

const LINK_RE = /\[([^\]]+)\]\(\s*(https?:\/\/[^)\s]*\/models\/([A-Za-z0-9_-]+)[^)\s]*)\s*\)/g;

/** Reads the model links of a `Response Model:` line (one, or several joined by OR). */
export function parseModelLine(text: string): ModelRef[] {
  const out: ModelRef[] = [];
  for (const m of text.matchAll(LINK_RE)) {
    const page = (m[3] ?? '').toLowerCase().replace(/-/g, '_');
    const known = page in MODEL_COMPONENTS;
    const component = MODEL_COMPONENTS[page] ?? pascalCase(page);
    if (!out.some((r) => r.component === component)) out.push({ title: (m[1] ?? '').trim(), page, url: m[2] ?? '', component, known });
  }
  return out;
}
