import type { StreamedBody } from '../types/streamed-body.js';

/** Whether a request body is a `StreamedBody` (what the multipart encoder makes of a stream source). */
export const isStreamed = (body: unknown): body is StreamedBody => typeof (body as Partial<StreamedBody> | null)?.chunks === 'function';
