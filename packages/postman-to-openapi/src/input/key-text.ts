/** A header or query key as text: strings trimmed, numbers written out, anything else (null, objects, arrays) "". */
export function keyText(key: unknown): string {
  if (typeof key === 'string') return key.trim();
  return typeof key === 'number' && Number.isFinite(key) ? String(key) : '';
}
