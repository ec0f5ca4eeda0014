import type { JsonObject, JsonValue, OpenApiDocument } from '../../src/types.js';

function literalSegmentsOf(url: JsonValue | undefined): string[] {
  if (typeof url === 'string') {
    const path =
      url
        .trim()
        .replace(/^[^/]*\/\/[^/]*/, '')
        .replace(/^\{\{[^}]+\}\}/, '')
        .split(/[?#]/)[0] ?? '';
    return path.split('/');
  }
  if (url && typeof url === 'object' && !Array.isArray(url)) {
    const path = url.path;
    if (Array.isArray(path)) return path.map(String);
    if (typeof path === 'string') return path.split('/');
    return literalSegmentsOf(url.raw);
  }
  return [];
}

/** Every path segment written in the collection's URLs (the only literals a converted path may contain). */
export function collectionSegments(collection: JsonObject): Set<string> {
  const out = new Set<string>();
  const visit = (items: JsonValue | undefined): void => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      visit(item.item);
      const request = item.request;
      const url = typeof request === 'string' ? request : request && typeof request === 'object' && !Array.isArray(request) ? request.url : undefined;
      for (const s of literalSegmentsOf(url)) out.add(s);
    }
  };
  visit(collection.item);
  return out;
}

/**
 * Literal segments of the document's paths that the collection never wrote as a literal
 * (a variable's value baked into a path would show up here).
 */
export function leakedSegments(collection: JsonObject, document: OpenApiDocument): string[] {
  const written = collectionSegments(collection);
  return Object.keys(document.paths).flatMap((path) =>
    path
      .split('/')
      .filter((s) => s !== '' && !s.includes('{') && !written.has(s))
      .map((s) => `${path}: ${s}`),
  );
}

/** Number of requests (items without an `item` array) in a collection. */
export function countRequests(items: JsonValue | undefined): number {
  if (!Array.isArray(items)) return 0;
  return items.reduce<number>((n, item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return n;
    return n + (Array.isArray(item.item) ? countRequests(item.item) : 1);
  }, 0);
}
