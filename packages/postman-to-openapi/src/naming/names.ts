const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLowerOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Splits a name into words: "Album / Image Votes (Authed)" -> ["Album", "Image", "Votes", "Authed"].
 * Words are runs of ASCII letters and digits, also split before a capital that follows a small letter or
 * a digit ("favoritesSort"); one pass over the characters, no regular expressions (names are split often).
 */
export function words(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) {
      if (start >= 0 && isLowerOrDigit(text.charCodeAt(i - 1))) {
        out.push(text.slice(start, i));
        start = i;
      } else if (start < 0) start = i;
    } else if (isLowerOrDigit(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/** PascalCase of a name: "Client-ID" -> "ClientId", "gallery_image" -> "GalleryImage". */
export function pascalCase(text: string): string {
  let out = '';
  for (const w of words(text)) out += w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  return out;
}

/** camelCase of a name: "Album Images" -> "albumImages". */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
