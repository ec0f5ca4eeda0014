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

/**
 * The word `text[start, end)` (ASCII letters and digits) with its first letter upper case (lower
 * case when `lowerFirst`) and the rest lower case; the slice itself when it is written so already.
 */
function casedWord(text: string, start: number, end: number, lowerFirst: boolean): string {
  let restLower = true;
  for (let i = start + 1; i < end; i++) {
    if (isUpper(text.charCodeAt(i))) {
      restLower = false;
      break;
    }
  }
  const c = text.charCodeAt(start);
  const first = lowerFirst ? (isUpper(c) ? c + 32 : c) : c >= 97 && c <= 122 ? c - 32 : c;
  if (first === c && restLower) return text.slice(start, end);
  const rest = restLower ? text.slice(start + 1, end) : text.slice(start + 1, end).toLowerCase();
  return String.fromCharCode(first) + rest;
}

/** The words of `text` (as {@link words} splits it) joined, each cased by {@link casedWord}; the first one camel-cased when `camel`. */
function joinWords(text: string, camel: boolean): string {
  let out = '';
  let start = -1;
  let first = camel;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) {
      if (start >= 0 && isLowerOrDigit(text.charCodeAt(i - 1))) {
        out += casedWord(text, start, i, first);
        first = false;
        start = i;
      } else if (start < 0) start = i;
    } else if (isLowerOrDigit(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out += casedWord(text, start, i, first);
      first = false;
      start = -1;
    }
  }
  if (start >= 0) out += casedWord(text, start, text.length, first);
  return out;
}

/** PascalCase of a name: "Client-ID" -> "ClientId", "gallery_image" -> "GalleryImage". */
export function pascalCase(text: string): string {
  return joinWords(text, false);
}

/** camelCase of a name: "Album Images" -> "albumImages". */
export function camelCase(text: string): string {
  return joinWords(text, true);
}
