import { GENERATED_HEADER } from './header.js';
import { renderOpenApiTypes } from './openapi-ts.js';
import type { GeneratedFiles, JsonObject } from './types.js';

/**
 * `imgur-codegen client`: `paths.gen.ts` with openapi-typescript's `paths` and
 * `operations` types. The `components` they refer to come from
 * `@imgur-ts/models`, so the schema types exist once.
 */
export async function generateClient(spec: JsonObject): Promise<GeneratedFiles> {
  const body = await renderOpenApiTypes(spec, ['paths', 'operations', 'webhooks', '$defs']);
  const text = [GENERATED_HEADER, "import type { components } from '@imgur-ts/models';", '', body.trimEnd(), ''].join('\n');
  return new Map([['paths.gen.ts', text]]);
}
