import { descriptionText } from '../request/description.js';
import { operationId, uniqueIds } from '../naming/operation-id.js';
import type { ConvertOptions, DraftOperation, JsonObject, OpenApiDocument, OperationObject, ServerObject } from '../types.js';
import { record } from '../input/record.js';
import { serverKey } from '../schema/server-key.js';

function infoVersion(info: JsonObject): string {
  const v = info.version;
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (v && typeof v === 'object' && !Array.isArray(v)) return [v.major ?? 1, v.minor ?? 0, v.patch ?? 0].join('.');
  return '1.0.0';
}

function topFolders(collection: JsonObject): { name: string; description?: string }[] {
  const items = Array.isArray(collection.item) ? collection.item : [];
  const folders: { name: string; description?: string }[] = [];
  for (const item of items) {
    if (!item || typeof item !== 'object' || Array.isArray(item) || !Array.isArray(item.item)) continue;
    const name = typeof item.name === 'string' ? item.name : '';
    const description = descriptionText(item.description);
    folders.push(description ? { name, description } : { name });
  }
  return folders;
}

/**
 * Builds the document from merged drafts: operationIds (unique, collection order),
 * servers ranked by use (ties by URL; an operation on another server than the first
 * or merged from requests on several servers gets its own `servers`), tags = top folders in collection order that have operations.
 */
export function assembleDocument(collection: JsonObject, drafts: DraftOperation[], options: ConvertOptions): OpenApiDocument {
  const info = (collection.info ?? {}) as JsonObject;
  const counts = new Map<string, { server: ServerObject; n: number }>();
  const keys = drafts.map((d) => serverKey(d.server));
  drafts.forEach((d, i) => {
    const key = keys[i] as string;
    counts.set(key, { server: d.server, n: (counts.get(key)?.n ?? 0) + 1 });
  });
  const servers = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)).map(([, v]) => v.server);
  const mainServer = JSON.stringify(servers[0] ?? { url: '/' });
  const folderParts = new Map<string, string>();
  const ids = uniqueIds(drafts.map((d) => operationId(d.entry.folders, d.entry.name, d.method, folderParts)));
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: options.title ?? (typeof info.name === 'string' ? info.name : 'Untitled collection'), version: options.version ?? infoVersion(info) },
    servers: servers.length > 0 ? servers : [{ url: '/' }],
    tags: [],
    paths: record(),
    components: { schemas: record(), securitySchemes: record() },
  };
  const description = descriptionText(info.description);
  if (description) document.info.description = description;
  const used = new Set<string>();
  drafts.forEach((d, i) => {
    const item = (document.paths[d.path] ??= {});
    // The draft's operation becomes the document's (drafts are not used after this).
    const operation = d.operation as OperationObject;
    operation.operationId = ids[i] ?? '';
    if (keys[i] !== mainServer || d.otherServers) operation.servers = [d.server, ...(d.otherServers ?? [])];
    item[d.method] = operation;
    for (const tag of d.operation.tags ?? []) used.add(tag);
    Object.assign(document.components.schemas, d.schemas);
    Object.assign(document.components.securitySchemes, d.schemes);
  });
  document.tags = topFolders(collection).filter((t) => used.delete(t.name));
  return document;
}
