import { createRequire } from 'node:module';
import type { OpenAPI3 } from 'openapi-typescript';
import type { Identifier, Node, TypeNode } from 'typescript';
import { jsdocText } from './escape.js';
import type { JsonObject } from './types.js';

// Loaded through `require`: TypeScript and openapi-typescript's CommonJS build start about 0.35 s
// sooner that way than through `import`, which first has Node parse the 9 MB `typescript.js` for its
// module format and named exports.
const require = createRequire(import.meta.url);
const ts = require('typescript') as typeof import('typescript');
const { default: openapiTS, astToString } = require('openapi-typescript') as typeof import('openapi-typescript');

/** `format: binary` (and `contentMediaType` octet data) is a file: `Blob`, not `string`. */
function binaryToBlob(schema: { format?: string; type?: unknown }): TypeNode | undefined {
  if (schema.format !== 'binary') return undefined;
  return ts.factory.createTypeReferenceNode('Blob');
}

/**
 * A copy of the description whose `description`/`summary`/`title` texts (and the string
 * `example`/`default` values openapi-typescript prints as `@example`/`@default`) are made
 * safe for the comments openapi-typescript puts them in, like every other JSDoc the
 * generator writes ({@link jsdocText}): no JSDoc tags (`@x` -> `＠x`), no `*​/`, no
 * control, line-separator or bidirectional characters, no `</`.
 */
const DOC_KEYS = new Set(['description', 'summary', 'title', 'example', 'default']);
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'schemas',
  'responses',
  'parameters',
  'headers',
  'examples',
  'requestBodies',
  'securitySchemes',
  'links',
  'callbacks',
  'paths',
  'webhooks',
  'content',
  'encoding',
  'variables',
  'mapping',
]);

/** Every string of an example value, keys included, made safe for a comment (openapi-typescript prints it as JSON there). */
function neutralizeExample(value: unknown): unknown {
  if (typeof value === 'string') return jsdocText(value).join('\n');
  if (Array.isArray(value)) return value.map(neutralizeExample);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [jsdocText(k).join('\n'), neutralizeExample(v)]));
  }
  return value;
}

function neutralizeDocs(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    return DOC_KEYS.has(key) ? jsdocText(value).join('\n') : value;
  }
  if ((key === 'example' || key === 'default') && typeof value === 'object' && value !== null) return neutralizeExample(value);
  if (Array.isArray(value)) return value.map((v) => neutralizeDocs(v));
  if (typeof value === 'object' && value !== null) {
    // Under `properties`, `schemas`, `paths`… the keys are names, not keywords: a property called `example` is a schema.
    const named = NAME_MAPS.has(key);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralizeDocs(v, named ? '' : k)]));
  }
  return value;
}

/** What openapi-typescript made of a description: its top-level declarations, printed on demand. */
export type OpenApiTypeNodes = readonly Node[];

/** Runs openapi-typescript once on a description; {@link printOpenApiTypes} prints parts of the result. */
export async function openApiTypeNodes(spec: JsonObject): Promise<OpenApiTypeNodes> {
  return openapiTS(neutralizeDocs(spec) as OpenAPI3, {
    transform: (schema) => binaryToBlob(schema as { format?: string }),
    silent: true,
    alphabetize: false,
  });
}

/** Prints the declarations whose top-level names are in `keep` (e.g. `components`, or `paths` + `operations`). */
export function printOpenApiTypes(nodes: OpenApiTypeNodes, keep: readonly string[]): string {
  const kept = nodes.filter((n) => {
    const name = (n as Node & { name?: Identifier }).name;
    return name !== undefined && ts.isIdentifier(name) && keep.includes(name.text);
  });
  return documentRoots(astToString(kept));
}

/**
 * Runs openapi-typescript on a description and returns the printed declarations
 * whose top-level names are in `keep` (e.g. `components`, or `paths` + `operations`).
 */
export async function renderOpenApiTypes(spec: JsonObject, keep: readonly string[]): Promise<string> {
  return printOpenApiTypes(await openApiTypeNodes(spec), keep);
}

/** The declarations `@imgur-ts/models` holds. */
export const MODEL_ROOTS: readonly string[] = ['components'];
/** The declarations `@imgur-ts/client` holds (they refer to the models' `components`). */
export const CLIENT_ROOTS: readonly string[] = ['paths', 'operations', 'webhooks', '$defs'];

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
