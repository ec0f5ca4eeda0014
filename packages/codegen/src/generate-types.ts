import { clientFiles } from './client.js';
import { modelsFiles } from './models.js';
import { CLIENT_ROOTS, MODEL_ROOTS, openApiTypeNodes, printOpenApiTypes } from './openapi-ts.js';
import type { GeneratedFiles, JsonObject } from './types.js';

/**
 * `imgur-codegen types`: the files of `imgur-codegen models` and `imgur-codegen client`
 * from one openapi-typescript run (each command on its own runs it once more).
 */
export async function generateTypes(spec: JsonObject): Promise<{ models: GeneratedFiles; client: GeneratedFiles }> {
  const nodes = await openApiTypeNodes(spec);
  return { models: modelsFiles(spec, printOpenApiTypes(nodes, MODEL_ROOTS)), client: clientFiles(printOpenApiTypes(nodes, CLIENT_ROOTS)) };
}
