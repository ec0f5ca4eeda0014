import type { DraftOperation, HttpMethod, ParameterObject, SecurityRequirement } from '../../src/types.js';
import { templateNames } from '../../src/naming/path-names.js';

/** A minimal draft operation for merge tests. */
export function draft(folder: string, name: string, method: HttpMethod, path: string, security: SecurityRequirement[] = [], extra: ParameterObject[] = []): DraftOperation {
  return {
    entry: { raw: {}, name, folders: [folder], pointer: `/item/0/item/${name.length}`, inheritedAuth: [] },
    method,
    path,
    server: { url: 'https://api.example.com' },
    schemes: {},
    schemas: {},
    operation: {
      summary: name,
      tags: [folder],
      parameters: [...templateNames(path).map((n): ParameterObject => ({ name: n, in: 'path', required: true, schema: { type: 'string' } })), ...extra],
      responses: { default: { description: 'x' } },
      security,
      'x-postman-name': name,
      'x-postman-folder': folder,
    },
  };
}
