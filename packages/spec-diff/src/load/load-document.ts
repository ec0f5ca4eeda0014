import { readSource } from './read-source.js';
import { parseDocument } from './parse-document.js';
import type { Source } from './read-source.js';
import type { OpenApiDocument } from '../types.js';

/** Human name of a source for messages: the file path or `rev:path`. */
function sourceLabel(source: Source): string {
  return 'file' in source ? source.file : `${source.rev}:${source.path}`;
}

/**
 * Reads and parses an OpenAPI document from a file or a git revision.
 * @throws Error naming the source when it cannot be read or is not OpenAPI 3.x JSON.
 */
export async function loadDocument(source: Source, cwd: string): Promise<OpenApiDocument> {
  return parseDocument(await readSource(source, cwd), sourceLabel(source));
}
