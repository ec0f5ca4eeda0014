import { GENERATED_HEADER } from '../header.js';
import { modelNames } from '../model-names.js';
import { uniqueNamer } from '../names.js';
import type { GeneratedFiles, JsonObject } from '../types.js';
import { collectOperations, type OperationInfo } from './collect-operations.js';
import { functionBaseName, operationModel, typeBaseName } from './operation-model.js';
import { renderOperation } from './render-operation.js';
import type { TypeContext } from './schema-to-ts.js';

const CORE_VALUES = ['defineOperation', 'defineUploadOperation', 'definePageableOperation'];
const CORE_TYPES = ['Operation', 'PageableOperation', 'UploadSource'];

/** An operation and the exported names generated for it: its function and its input, output and item types. */
export interface OperationNames {
  readonly info: OperationInfo;
  readonly fn: string;
  readonly input: string;
  readonly output: string;
  readonly item: string;
}

/**
 * The exported names of each operation of a resource package, in order: no
 * name is taken twice, nor one of core's or a model's.
 */
export function operationNames(infos: readonly OperationInfo[], models: ReadonlyMap<string, string>): OperationNames[] {
  const unique = uniqueNamer();
  for (const reserved of [...CORE_VALUES, ...CORE_TYPES, ...models.values()]) unique(reserved);
  return infos.map((info) => {
    const fn = unique(functionBaseName(info.operationId));
    const base = typeBaseName(fn);
    return { info, fn, input: unique(`${base}Input`), output: unique(`${base}Output`), item: unique(`${base}Item`) };
  });
}

/**
 * `imgur-codegen resource <tag>`: `operations.gen.ts` with one documented,
 * typed operation constant (and its input type) per operation of the tag.
 */
export function generateResource(spec: JsonObject, tag: string): GeneratedFiles {
  const infos = collectOperations(spec, tag);
  if (infos.length === 0) throw new Error(`no operations tagged ${JSON.stringify(tag)}`);
  const models = modelNames(spec);
  const ctx: TypeContext = { spec, models, used: new Set(), binaryType: 'UploadSource' };
  const usedCore = new Set<string>();
  const bodies = operationNames(infos, models).map(({ info, ...names }) => {
    try {
      return renderOperation(operationModel(spec, info, names.fn), names, ctx, usedCore);
    } catch (err) {
      throw new Error(`${info.operationId}: ${(err as Error).message}`);
    }
  });
  const coreImports = [...CORE_VALUES.filter((n) => usedCore.has(n)), ...CORE_TYPES.filter((n) => usedCore.has(n) || ctx.used.has(n)).map((n) => `type ${n}`)];
  const header = [GENERATED_HEADER, `import { ${coreImports.join(', ')} } from '@imgur-ts/core';`];
  const usedModels = [...ctx.used].filter((n) => n !== 'UploadSource').sort();
  if (usedModels.length > 0) header.push(`import type { ${usedModels.join(', ')} } from '@imgur-ts/models';`);
  const text = `${header.join('\n')}\n\n${bodies.join('\n')}`;
  return new Map([['operations.gen.ts', text]]);
}
