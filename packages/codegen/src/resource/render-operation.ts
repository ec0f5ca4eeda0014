import { jsdoc, propertyKey, type DocTag } from '../escape.js';
import type { JsonObject } from '../types.js';
import type { OperationModel } from './operation-model.js';
import { renderMeta } from './render-meta.js';
import { resolveRef } from './resolve.js';
import { schemaToTs, type TypeContext } from './schema-to-ts.js';

/** Names chosen for one operation's declarations. */
export interface OperationNames {
  readonly fn: string;
  readonly input: string;
  readonly output: string;
  readonly item: string;
}

/** The prose paragraphs of a markdown description: no headings, tables or code fences. */
export function paragraphs(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#') && !p.startsWith('|') && !p.startsWith('```'));
}

/** The first prose paragraph of a markdown description. */
export const firstParagraph = (text: unknown): string => paragraphs(text)[0] ?? '';

const AUTH: Record<string, string> = { clientId: 'Client-ID', bearer: 'a user access token (Bearer)' };

function fieldDoc(f: OperationModel['fields'][number]): string {
  const notes = [firstParagraph(f.description)];
  if (f.default !== undefined) notes.push(`Defaults to \`${String(f.default)}\`.`);
  if (f.key !== f.wire) notes.push(`Sent as \`${f.wire}\`.`);
  return jsdoc([notes.filter((n) => n !== '').join(' ')], [], '  ');
}

/** Prints the input type, the optional output alias and the operation constant of one operation. */
export function renderOperation(m: OperationModel, names: OperationNames, ctx: TypeContext, usedCore: Set<string>): string {
  const out: string[] = [];
  const summary = typeof m.info.op.summary === 'string' ? m.info.op.summary : '';
  out.push(jsdoc([`Input of \`${names.fn}\`.`]));
  if (m.fields.length === 0) out.push(`export type ${names.input} = Record<string, never>;\n`);
  else {
    const lines = m.fields.map((f) => {
      let type = schemaToTs(f.schema, ctx, '  ');
      if (f.binary) {
        usedCore.add('UploadSource');
        type = resolveRef(ctx.spec, f.schema as JsonObject)?.type === 'array' ? 'UploadSource[]' : 'UploadSource';
      }
      return `${fieldDoc(f)}  ${propertyKey(f.key)}${f.required ? '' : '?'}: ${type};`;
    });
    out.push(`export interface ${names.input} {\n${lines.join('\n')}\n}\n`);
  }
  const named = (schema: OperationModel['resultSchema'], name: string, what: string): string => {
    const t = schemaToTs(schema, ctx);
    if (/^[A-Za-z0-9_$ |()[\]]+$/.test(t)) return t;
    out.push(jsdoc([`${what}.`]));
    out.push(`export type ${name} = ${t};\n`);
    return name;
  };
  // A status declared without a body resolves to `undefined`: the result type says so.
  const result = `${named(m.resultSchema, names.output, `What \`${names.fn}\` returns`)}${m.meta.empty.length > 0 ? ' | undefined' : ''}`;
  const item = m.meta.paging === undefined ? undefined : named(m.itemSchema, names.item, `One item of a \`${names.fn}\` page`);
  const tags: DocTag[] = [];
  if (m.meta.deprecated) tags.push({ name: 'deprecated', text: 'Imgur marks this operation as deprecated.' });
  const docsUrl = (m.info.op.externalDocs as { url?: unknown } | undefined)?.url;
  tags.push({ name: 'see', text: typeof docsUrl === 'string' ? docsUrl : 'https://apidocs.imgur.com/' });
  const notes: string[] = [];
  notes.push(`\`${m.meta.method} ${m.meta.path}\`.`);
  const auth = m.meta.security.map((s) => AUTH[s] ?? s);
  notes.push(auth.length === 0 ? 'Sends no Authorization header.' : `Auth: ${auth.join(' or ')}.`);
  if (m.meta.credits !== undefined) notes.push(`Costs ${m.meta.credits} rate-limit credit${m.meta.credits === 1 ? '' : 's'}.`);
  if (m.meta.empty.length > 0) notes.push(`Resolves to \`undefined\` when Imgur answers ${m.meta.empty.join(' or ')} without a body.`);
  if (m.meta.paging !== undefined) notes.push(`Pageable (${m.meta.paging.style}): iterate its items or pages with \`paginate\` from \`@imgur-ts/core\`.`);
  const more = paragraphs(m.info.op.description).filter((p) => p !== summary);
  const lead = summary || more.shift() || m.info.operationId;
  out.push(jsdoc([lead, ...more, notes.join(' ')], tags));
  const pageable = m.meta.paging !== undefined;
  // Operations with file fields read files (defineUploadOperation); the others leave that code out of apps.
  const files = (m.meta.body?.binary.length ?? 0) > 0;
  const [type, define] = pageable ? ['PageableOperation', 'definePageableOperation'] : ['Operation', files ? 'defineUploadOperation' : 'defineOperation'];
  usedCore.add(type).add(define);
  const generics = `<${names.input}, ${result}${item === undefined ? '' : `, ${item}`}>`;
  out.push(`export const ${names.fn}: ${type}${generics} = /* @__PURE__ */ ${define}${generics}(${renderMeta(m.meta)});\n`);
  return out.join('');
}
