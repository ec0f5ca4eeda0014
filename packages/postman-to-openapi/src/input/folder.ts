import type { JsonObject, JsonValue, RequestEntry, UnreadAuth } from '../types.js';
import { jsonKind } from './json-kind.js';

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An `auth` that is given but is not an object (`"basic"`, a list), or whose `type` is not text or not given: not read, told once. */
interface Unread extends UnreadAuth {
  told: boolean;
}

/** Whether an `auth` object's `type` is not text (`5`, `null`, a list) or not given: then it is not read. */
const typeNotText = (auth: JsonObject): boolean => typeof auth.type !== 'string';

/** An auth that is read: an object whose `type` is text. */
const readAuth = (auth: JsonValue | undefined): auth is JsonObject => isObject(auth) && !typeNotText(auth);

function unreadAuth(auth: JsonValue | undefined, where: (part: string) => string): Unread | undefined {
  if (auth === undefined || auth === null) return undefined;
  if (!isObject(auth)) return { where: where(''), kind: jsonKind(auth), told: false };
  if (auth.type === undefined) return { where: where(''), kind: 'an object', told: false, noType: true };
  return typeNotText(auth) ? { where: where('/type'), kind: jsonKind(auth.type as JsonValue), told: false, notText: true } : undefined;
}

/**
 * Lists every request of a collection in file order, with its folder chain,
 * JSON pointer and the `auth` objects it may inherit (collection first).
 * An item with an `item` array is a folder, anything else a request. A folder or collection
 * `auth` that is not an object, or whose `type` is not text or not given, is not inherited; the first request
 * below it names it (`unreadAuth`).
 */
export function walkRequests(collection: JsonObject): RequestEntry[] {
  const out: RequestEntry[] = [];
  const rootAuth = readAuth(collection.auth) ? [collection.auth] : [];
  const unread = unreadAuth(collection.auth, (part) => `collection auth${part ? ' type' : ''} (/auth${part})`);
  visit(out, collection.item, [], '', rootAuth, unread ? [unread] : []);
  return out;
}

// A module-level function, not a closure made per call: a closure's optimised code does not outlive it.
function visit(out: RequestEntry[], items: JsonValue | undefined, folders: string[], pointer: string, auth: JsonObject[], unread: Unread[]): void {
  if (!Array.isArray(items)) return;
  for (let index = 0; index < items.length; index++) {
    if (!(index in items)) continue; // a hole in a hand-built array, as forEach skips it
    const item = items[index];
    if (!isObject(item)) continue;
    const here = `${pointer}/item/${index}`;
    const name = typeof item.name === 'string' ? item.name : `item ${index}`;
    const ownAuth = readAuth(item.auth) ? [...auth, item.auth] : auth;
    if (Array.isArray(item.item)) {
      const own = unreadAuth(item.auth, (part) => `folder auth${part ? ' type' : ''} at ${here}/auth${part}`);
      visit(out, item.item, [...folders, name], here, ownAuth, own ? [...unread, own] : unread);
      continue;
    }
    let tell: UnreadAuth[] | undefined;
    for (const u of unread) {
      if (u.told) continue;
      u.told = true;
      (tell ??= []).push(
        u.notText ? { where: u.where, kind: u.kind, notText: true } : u.noType ? { where: u.where, kind: u.kind, noType: true } : { where: u.where, kind: u.kind },
      );
    }
    out.push({ raw: item, name, folders, pointer: here, inheritedAuth: auth, unreadAuth: tell });
  }
}
