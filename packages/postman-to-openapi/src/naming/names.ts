/** Splits a name into words: "Album / Image Votes (Authed)" -> ["Album", "Image", "Votes", "Authed"]. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

/** PascalCase of a name: "Client-ID" -> "ClientId", "gallery_image" -> "GalleryImage". */
export function pascalCase(text: string): string {
  return words(text)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join('');
}

/** camelCase of a name: "Album Images" -> "albumImages". */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
