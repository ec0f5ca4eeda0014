import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import type { JsonObject } from './types.js';

/** `format: binary` (and `contentMediaType` octet data) is a file: `Blob`, not `string`. */
function binaryToBlob(schema: { format?: string; type?: unknown }): ts.TypeNode | undefined {
  if (schema.format !== 'binary') return undefined;
  return ts.factory.createTypeReferenceNode('Blob');
}

/**
 * Runs openapi-typescript on a description and returns the printed declarations
 * whose top-level names are in `keep` (e.g. `components`, or `paths` + `operations`).
 */
export async function renderOpenApiTypes(spec: JsonObject, keep: readonly string[]): Promise<string> {
  const nodes = await openapiTS(structuredClone(spec) as unknown as OpenAPI3, {
    transform: (schema) => binaryToBlob(schema as { format?: string }),
    silent: true,
    alphabetize: false,
  });
  const kept = nodes.filter((n) => {
    const name = (n as ts.Node & { name?: ts.Identifier }).name;
    return name !== undefined && ts.isIdentifier(name) && keep.includes(name.text);
  });
  return astToString(kept);
}
