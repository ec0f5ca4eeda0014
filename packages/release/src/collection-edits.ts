/** A Postman collection item: a folder (`item`) or a request (`request`). */
interface PostmanItem {
  name?: string;
  item?: PostmanItem[];
  request?: { description?: string | { content?: string; [key: string]: unknown } } & Record<string, unknown>;
  [key: string]: unknown;
}

/** A Postman collection (only the parts these edits touch). */
export interface PostmanCollection {
  item: PostmanItem[];
  [key: string]: unknown;
}

function findRequest(collection: PostmanCollection, folder: string, name: string): { parent: PostmanItem[]; index: number } {
  const dir = collection.item.find((i) => i.name === folder && Array.isArray(i.item));
  if (!dir?.item) throw new Error(`the collection has no folder "${folder}"`);
  const index = dir.item.findIndex((i) => i.name === name && i.request);
  if (index < 0) throw new Error(`folder "${folder}" of the collection has no request "${name}"`);
  return { parent: dir.item, index };
}

/**
 * A copy of `collection` without the request `name` of folder `folder`: what
 * Imgur removing an endpoint looks like. Throws when there is no such request.
 */
export function removeRequest(collection: PostmanCollection, folder: string, name: string): PostmanCollection {
  const copy = structuredClone(collection);
  const { parent, index } = findRequest(copy, folder, name);
  parent.splice(index, 1);
  return copy;
}

/**
 * A copy of `collection` whose request `name` in `folder` has `from` replaced
 * by `to` in its description: a documentation-only change. Throws when there
 * is no such request or its description does not contain `from`.
 */
export function editDescription(collection: PostmanCollection, folder: string, name: string, from: string, to: string): PostmanCollection {
  const copy = structuredClone(collection);
  const { parent, index } = findRequest(copy, folder, name);
  const request = parent[index]?.request;
  const d = request?.description;
  const text = typeof d === 'string' ? d : d?.content;
  if (!request || typeof text !== 'string' || !text.includes(from)) {
    throw new Error(`the description of "${folder}/${name}" does not contain ${JSON.stringify(from)}`);
  }
  const next = text.replace(from, to);
  request.description = typeof d === 'string' ? next : { ...d, content: next };
  return copy;
}
