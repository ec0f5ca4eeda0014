import type { PartsBody } from '../types/parts-body.js';

/** Whether a request body is a `PartsBody` (what the multipart encoder makes of a large body with a file given as bytes). */
export const isPartsBody = (body: unknown): body is PartsBody =>
  Array.isArray((body as Partial<PartsBody> | null)?.parts) && typeof (body as Partial<PartsBody>).chunks === 'function';
