import type { JsonObject, JsonValue, RequestEntry } from '../types.js';

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Lists every request of a collection in file order, with its folder chain,
 * JSON pointer and the `auth` objects it may inherit (collection first).
 * An item with an `item` array is a folder, anything else a request.
 */
export function walkRequests(collection: JsonObject): RequestEntry[] {
  const out: RequestEntry[] = [];
  const visit = (items: JsonValue | undefined, folders: string[], pointer: string, auth: JsonObject[]): void => {
    if (!Array.isArray(items)) return;
    items.forEach((item, index) => {
      if (!isObject(item)) return;
      const here = `${pointer}/item/${index}`;
      const name = typeof item.name === 'string' ? item.name : `item ${index}`;
      const ownAuth = isObject(item.auth) ? [...auth, item.auth] : auth;
      if (Array.isArray(item.item)) visit(item.item, [...folders, name], here, ownAuth);
      else out.push({ raw: item, name, folders, pointer: here, inheritedAuth: auth });
    });
  };
  const rootAuth = isObject(collection.auth) ? [collection.auth] : [];
  visit(collection.item, [], '', rootAuth);
  return out;
}
