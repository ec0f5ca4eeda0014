import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import type { JsonObject } from './types.js';

/** `format: binary` (and `contentMediaType` octet data) is a file: `Blob`, not `string`. */
function binaryToBlob(schema: { format?: string; type?: unknown }): ts.TypeNode | undefined {
  if (schema.format !== 'binary') return undefined;
  return ts.factory.createTypeReferenceNode('Blob');
}

/**
 * A copy of the description whose `description`/`summary`/`title` texts cannot
 * start JSDoc tags (`@x` -> `＠x`) once openapi-typescript puts them in comments;
 * openapi-typescript itself already breaks up `*​/`.
 */
function neutralizeDocs(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    return key === 'description' || key === 'summary' || key === 'title' ? value.replace(/(^|[\s{])@/gm, '$1\uFF20') : value;
  }
  if (Array.isArray(value)) return value.map((v) => neutralizeDocs(v));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralizeDocs(v, k)]));
  }
  return value;
}

/**
 * Runs openapi-typescript on a description and returns the printed declarations
 * whose top-level names are in `keep` (e.g. `components`, or `paths` + `operations`).
 */
export async function renderOpenApiTypes(spec: JsonObject, keep: readonly string[]): Promise<string> {
  const nodes = await openapiTS(neutralizeDocs(spec) as OpenAPI3, {
    transform: (schema) => binaryToBlob(schema as { format?: string }),
    silent: true,
    alphabetize: false,
  });
  const kept = nodes.filter((n) => {
    const name = (n as ts.Node & { name?: ts.Identifier }).name;
    return name !== undefined && ts.isIdentifier(name) && keep.includes(name.text);
  });
  return documentRoots(astToString(kept));
}

const ROOT_DOCS: Record<string, string> = {
  components: 'Every component of the Imgur API description (schemas, responses, headers), as openapi-typescript types.',
  paths: 'Every route of the Imgur API: path -> method -> parameters, request body and responses.',
  operations: 'Every operation of the Imgur API by operationId (`folder.name`), with its parameters, body and responses.',
  webhooks: 'Webhooks of the Imgur API description (it declares none).',
  $defs: 'Shared JSON Schema definitions of the description (it declares none).',
};

/** Gives the top-level declarations openapi-typescript prints a one-line JSDoc summary. */
function documentRoots(text: string): string {
  return text.replace(/^export (interface|type) (components|paths|operations|webhooks|\$defs)\b/gm, (line, _kind: string, name: string) => {
    return `/** ${ROOT_DOCS[name] ?? name} */\n${line}`;
  });
}
