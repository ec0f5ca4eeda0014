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
  const rootAuth = isObject(collection.auth) ? [collection.auth] : [];
  visit(out, collection.item, [], '', rootAuth);
  return out;
}

// A module-level function, not a closure made per call: a closure's optimised code does not outlive it.
function visit(out: RequestEntry[], items: JsonValue | undefined, folders: string[], pointer: string, auth: JsonObject[]): void {
  if (!Array.isArray(items)) return;
  for (let index = 0; index < items.length; index++) {
    if (!(index in items)) continue; // a hole in a hand-built array, as forEach skips it
    const item = items[index];
    if (!isObject(item)) continue;
    const here = `${pointer}/item/${index}`;
    const name = typeof item.name === 'string' ? item.name : `item ${index}`;
    const ownAuth = isObject(item.auth) ? [...auth, item.auth] : auth;
    if (Array.isArray(item.item)) visit(out, item.item, [...folders, name], here, ownAuth);
    else out.push({ raw: item, name, folders, pointer: here, inheritedAuth: auth });
  }
}
