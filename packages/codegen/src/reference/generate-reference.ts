import { modelNames } from '../model-names.js';
import { collectOperations } from '../resource/collect-operations.js';
import { operationNames } from '../resource/generate-resource.js';
import { operationModel } from '../resource/operation-model.js';
import { isObject } from '../resource/resolve.js';
import type { TypeContext } from '../resource/schema-to-ts.js';
import type { GeneratedFiles, JsonObject } from '../types.js';
import { renderOperationDoc } from './render-operation-doc.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];

/** The first tags of the description's operations, in order of appearance. */
function tagsOf(spec: JsonObject): string[] {
  const tags: string[] = [];
  for (const item of Object.values(isObject(spec.paths) ? spec.paths : {})) {
    if (!isObject(item)) continue;
    for (const m of METHODS) {
      const op = item[m];
      const tag = isObject(op) && Array.isArray(op.tags) ? op.tags[0] : undefined;
      if (typeof tag === 'string' && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
  }
  return tags;
}

const slug = (tag: string) => tag.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * The operations reference, as Markdown pages: `operations.md` (an index of
 * every page) and `operations-<tag>.md` for each tag, listing each operation
 * with its function name, method and path, auth, inputs and return type.
 * `packages` maps a lowercase tag to the package that exports its functions;
 * a tag without one is documented as reachable through `rawClient` only.
 */
export function generateReference(spec: JsonObject, packages: ReadonlyMap<string, string>): GeneratedFiles {
  const models = modelNames(spec);
  const files = new Map<string, string>();
  const index = ['---', 'title: Operations', '---', '', '# Operations', ''];
  index.push(
    'Every operation of the Imgur API v3, as described by `spec/openapi.json`, one page per resource package.',
    'Each is a function `(client, input?, options?)`: the input is one object holding the path, query and body fields;',
    'the function resolves to what the table calls its return (the `data` of Imgur’s envelope).',
    '',
    '| page | package | operations |',
    '|---|---|---|',
  );
  for (const tag of tagsOf(spec)) {
    const infos = collectOperations(spec, tag);
    const pkg = packages.get(tag.toLowerCase());
    const title = pkg === undefined ? `Operations: ${tag}` : `Operations of ${pkg}`;
    const ctx: TypeContext = { spec, models, used: new Set(), binaryType: 'UploadSource' };
    const docs = operationNames(infos, models).map(({ info, fn }) => renderOperationDoc(operationModel(spec, info, fn), fn, ctx));
    const where = pkg === undefined ? `No package exports these as functions; call them with \`rawClient(client)\` of \`@imgur-ts/core\`.` : `Import them from \`${pkg}\`.`;
    const page = ['---', `title: ${title}`, '---', '', `# ${title}`, '', `${docs.length} ${docs.length === 1 ? 'operation' : 'operations'}. ${where}`, ''];
    page.push('| function | method and path | auth | returns |', '|---|---|---|---|', ...docs.map((d) => d.row), '');
    page.push('## Operations', '', ...docs.map((d) => d.section));
    files.set(`operations-${slug(tag)}.md`, `${page.join('\n').trimEnd()}\n`);
    index.push(`| ${title} | ${pkg === undefined ? '—' : `\`${pkg}\``} | ${docs.length} |`);
  }
  files.set('operations.md', `${index.join('\n')}\n`);
  return files;
}
