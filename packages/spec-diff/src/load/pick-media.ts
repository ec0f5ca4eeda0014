import { isObject, objectAt } from './json.js';

const PREFERRED = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded'];

/**
 * The media type whose schema stands for a body: JSON first, then multipart,
 * then form, then the first in sorted order. Undefined when there is no content.
 */
export function pickMedia(holder: unknown): { type: string; schema: unknown } | undefined {
  const content = objectAt(holder, 'content');
  const keys = Object.keys(content).sort();
  const type = PREFERRED.find((t) => keys.includes(t)) ?? keys[0];
  if (type === undefined) return undefined;
  const media = content[type];
  return { type, schema: isObject(media) ? media.schema : undefined };
}
