import type { OperationModel } from '../resource/operation-model.js';
import { isObject } from '../resource/resolve.js';
import { schemaToTs, type TypeContext } from '../resource/schema-to-ts.js';
import { describeAuth } from './describe-auth.js';
import { cellText, codeSpan, proseText } from './markdown-text.js';

/** One operation of a reference page: its summary row and its section. */
export interface OperationDoc {
  readonly row: string;
  readonly section: string;
}

const PAGING = { path: 'page number in the path', query: 'page number in the query', cursor: 'cursor' } as const;

/**
 * Documents one operation for the reference: function name, method and path,
 * auth, every input (where it goes, its type, whether it is required, its
 * default and description) and what the function returns.
 */
export function renderOperationDoc(model: OperationModel, fn: string, ctx: TypeContext): OperationDoc {
  const { info, meta } = model;
  const returns = schemaToTs(model.itemSchema ?? model.resultSchema, ctx);
  const output = meta.paging ? `${returns}[] (one page)` : returns;
  const auth = describeAuth(meta.security);
  const route = `${info.method} ${info.path}`;
  const facts = [`${codeSpan(route)}`, `auth: ${auth}`, `returns: ${codeSpan(output)}`];
  if (meta.paging) facts.push(`pageable with \`paginate\` (${PAGING[meta.paging.style]})`);
  if (meta.credits !== undefined) facts.push(`costs ${meta.credits} credits`);
  if (meta.body) facts.push(`body: ${meta.body.encoding}`);
  if (meta.deprecated) facts.push('**deprecated**');
  const summary = typeof info.op.summary === 'string' ? info.op.summary : '';
  const description = typeof info.op.description === 'string' ? info.op.description : '';
  const lines = [`### ${fn}`, '', `Operation \`${cellText(info.operationId)}\`: ${facts.join(' · ')}.`, ''];
  if (summary !== '') lines.push(proseText(summary), '');
  if (description !== '' && description !== summary) lines.push(proseText(description), '');
  if (model.fields.length === 0) lines.push('No inputs.', '');
  else {
    lines.push('| input | in | type | required | description |', '|---|---|---|---|---|');
    for (const f of model.fields) {
      const where = f.wire === f.key ? f.location : `${f.location} (${codeSpan(f.wire)})`;
      const fallback = f.default ?? (isObject(f.schema) ? f.schema.default : undefined);
      const required = f.required ? 'yes' : fallback === undefined ? 'no' : `no (default ${codeSpan(JSON.stringify(fallback))})`;
      const type = f.binary ? 'UploadSource' : schemaToTs(f.schema, ctx);
      lines.push(`| ${codeSpan(f.key)} | ${where} | ${codeSpan(type)} | ${required} | ${cellText(f.description)} |`);
    }
    lines.push('');
  }
  const row = `| ${codeSpan(fn)} | ${codeSpan(route)} | ${auth} | ${codeSpan(output)} |`;
  return { row, section: lines.join('\n') };
}
