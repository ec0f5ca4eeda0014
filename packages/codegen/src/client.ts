import { GENERATED_HEADER } from './header.js';
import { CLIENT_ROOTS, renderOpenApiTypes } from './openapi-ts.js';
import type { GeneratedFiles, JsonObject } from './types.js';

/**
 * `imgur-codegen client`: `paths.gen.ts` with openapi-typescript's `paths` and
 * `operations` types. The `components` they refer to come from
 * `@imgur-ts/models`, so the schema types exist once.
 */
export async function generateClient(spec: JsonObject): Promise<GeneratedFiles> {
  return clientFiles(await renderOpenApiTypes(spec, CLIENT_ROOTS));
}

/** `paths.gen.ts` around openapi-typescript's printed `paths` and `operations` types. */
export function clientFiles(body: string): GeneratedFiles {
  const text = [GENERATED_HEADER, "import type { components } from '@imgur-ts/models';", '', body.trimEnd(), ''].join('\n');
  return new Map([['paths.gen.ts', text]]);
}
