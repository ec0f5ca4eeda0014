import pm from 'postman-collection';
import type { Request, Response } from 'postman-collection';
import type { JsonObject } from '../types.js';
import { forLibrary } from './for-library.js';

const { Request: LibraryRequest, Response: LibraryResponse } = pm;

/**
 * The parts of a Postman item the converter reads, built by Postman's library: the request,
 * and the saved responses without their `originalRequest` (never read, and as costly to
 * build as the request itself). Scripts are not built at all. Much cheaper than a whole `Item`.
 */
export function libraryItem(raw: JsonObject): { request: Request; responses: Response[] } {
  const item = forLibrary(raw);
  const request = new LibraryRequest((item.request ?? {}) as never);
  const saved = Array.isArray(item.response) ? item.response : [];
  const responses = saved.flatMap((r) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) return [];
    const { originalRequest: _unused, ...rest } = r;
    return [new LibraryResponse(rest as never)];
  });
  return { request, responses };
}
