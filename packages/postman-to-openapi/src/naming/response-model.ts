import { pascalCase } from './names.js';

/**
 * Model page slug (`https://api.imgur.com/models/<slug>`) -> component schema name.
 * Slugs not listed (also `__proto__`, `constructor`: only the table's own entries count) fall back to
 * PascalCase (`Model` when that leaves nothing) and are reported as `unknown-model`.
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

/** The end of the whitespace (as `\s` matches it) starting at `from`. */
function spacesEnd(text: string, from: number): number {
  SPACES.lastIndex = from;
  SPACES.test(text);
  return SPACES.lastIndex;
}
const SPACES = /\s*/y;
/** A run of characters a link's URL can hold: not `)`, not whitespace. */
const URL_RUN = /[^)\s]*/y;
const SLUG_CHAR = /[A-Za-z0-9_-]/;
const SLUG = /[A-Za-z0-9_-]+/y;

/** What a link's URL run (`[^)\s]*` from `start`) holds: where it ends, its last `/models/<slug>`, whether `\s*)` follows. */
interface UrlRun {
  start: number;
  end: number;
  /** Index of the last `/models/` followed by a slug character, or -1. */
  models: number;
  closed: boolean;
}

function urlRun(text: string, start: number): UrlRun {
  URL_RUN.lastIndex = start;
  URL_RUN.test(text);
  const end = URL_RUN.lastIndex;
  let models = text.lastIndexOf('/models/', end - 9);
  while (models >= start && !SLUG_CHAR.test(text.charAt(models + 8))) models = models === 0 ? -1 : text.lastIndexOf('/models/', models - 1);
  return { start, end, models: models >= start ? models : -1, closed: text.charAt(spacesEnd(text, end)) === ')' };
}

/**
 * The Markdown links to model pages in a text, as the pattern
 * `/\[([^\]]+)\]\(\s*(https?:\/\/[^)\s]*\/models\/([A-Za-z0-9_-]+)[^)\s]*)\s*\)/g` finds them (the link
 * text, the URL, the page slug after the URL's last `/models/`), in time linear in the text: the pattern
 * itself scans to the next `]` again from every `[`, and the URL again from every `](` inside one.
 */
function modelLinks(text: string): { title: string; url: string; page: string }[] {
  const out: { title: string; url: string; page: string }[] = [];
  let run: UrlRun | undefined; // the last URL run read: a later link starting inside it shares its end
  let from = 0;
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', from)) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    // Every `[` before `close` has this `]` next: they all match here or none does.
    from = close + (close === open + 1 ? 0 : 1);
    if (close === open + 1 || text.charAt(close + 1) !== '(') continue;
    const start = spacesEnd(text, close + 2);
    const scheme = text.startsWith('http://', start) ? 7 : text.startsWith('https://', start) ? 8 : 0;
    if (scheme === 0) continue;
    if (!run || start < run.start || start >= run.end) run = urlRun(text, start);
    const end = run.end;
    if (!run.closed || run.models < start + scheme) continue;
    SLUG.lastIndex = run.models + 8;
    SLUG.test(text);
    out.push({ title: text.slice(open + 1, close), url: text.slice(start, end), page: text.slice(run.models + 8, SLUG.lastIndex) });
    from = spacesEnd(text, end) + 1;
  }
  return out;
}

/** Reads the model links of a `Response Model:` line (one, or several joined by OR). */
export function parseModelLine(text: string): ModelRef[] {
  const out: ModelRef[] = [];
  for (const link of modelLinks(text)) {
    const page = link.page.toLowerCase().replace(/-/g, '_');
    const known = Object.hasOwn(MODEL_COMPONENTS, page);
    const component = known ? (MODEL_COMPONENTS[page] as string) : pascalCase(page) || 'Model';
    if (!out.some((r) => r.component === component)) out.push({ title: link.title.trim(), page, url: link.url, component, known });
  }
  return out;
}
