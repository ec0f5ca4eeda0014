import { jsdoc, stringLiteral } from './escape.js';
import { fieldPresence } from './field-presence.js';
import { GENERATED_HEADER } from './header.js';
import { modelNames } from './model-names.js';
import { MODEL_ROOTS, renderOpenApiTypes } from './openapi-ts.js';
import type { GeneratedFiles, JsonObject } from './types.js';

/**
 * `imgur-codegen models`: `models.gen.ts` with openapi-typescript's `components`
 * type and one friendly alias per component schema (`export type Image = …`),
 * documented with the fields Imgur may leave out or send as null.
 */
export async function generateModels(spec: JsonObject): Promise<GeneratedFiles> {
  return modelsFiles(spec, await renderOpenApiTypes(spec, MODEL_ROOTS));
}

/** `models.gen.ts` around openapi-typescript's printed `components` type. */
export function modelsFiles(spec: JsonObject, components: string): GeneratedFiles {
  const schemas = ((spec.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
  const aliases = [...modelNames(spec)].map(([schema, alias]) => {
    const description = (schemas[schema] as { description?: unknown } | undefined)?.description;
    const doc = jsdoc([typeof description === 'string' ? description : `The \`${alias}\` model.`, ...presenceLines(spec, schemas[schema])]);
    return `${doc}export type ${alias} = components["schemas"][${stringLiteral(schema)}];`;
  });
  const text = [GENERATED_HEADER, components.trimEnd(), '', ...aliases, ''].join('\n');
  return new Map([['models.gen.ts', text]]);
}

/** "Imgur may leave out: …" and "Imgur may send as null: …" for an object model (nothing for unions and scalars). */
function presenceLines(spec: JsonObject, schema: unknown): string[] {
  const p = fieldPresence(spec, schema);
  if (!p) return [];
  const list = (names: string[]) => names.map((n) => `\`${n}\``).join(', ');
  return [`Imgur may leave out: ${p.optional.length ? list(p.optional) : 'none'}.`, `Imgur may send as null: ${p.nullable.length ? list(p.nullable) : 'none'}.`];
}
