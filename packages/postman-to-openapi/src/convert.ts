import { assembleDocument } from './output/assemble.js';
import { canonicalDocument } from './schema/canonical.js';
import { loadCollection } from './input/collection.js';
import { buildContext } from './input/context.js';
import { forgetItems } from './input/item-url.js';
import { ConversionError } from './errors.js';
import { checkOptions } from './options.js';
import { fitOperationSchemas } from './schema/depth-fit.js';
import { DOCUMENT_LEVELS, MAX_DEPTH } from './input/depth.js';
import { walkRequests } from './input/folder.js';
import { labelOf, mergeDrafts } from './schema/merge.js';
import { canonicalNames, nameCounts, renamePathParams, templateKey } from './naming/path-names.js';
import { convertRequest } from './request/request.js';
import { joinTrailingSlashTwins } from './naming/trailing-slash.js';
import type { ConversionWarning, ConvertOptions, ConvertResult, DraftOperation, RequestEntry } from './types.js';
import { formatWarning, sortWarnings, warningFor } from './warnings.js';

function unifyPathNames(drafts: DraftOperation[], counts: Map<string, number>): ConversionWarning[] {
  const warnings: ConversionWarning[] = [];
  const groups = new Map<string, DraftOperation[]>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as DraftOperation;
    const key = templateKey(d.path);
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const names = canonicalNames(group, counts);
    for (const d of group) {
      for (const [from, to] of renamePathParams(d, names, labelOf(d))) {
        warnings.push(
          warningFor(
            d.entry,
            'path-param-renamed',
            `path parameter "${from}" renamed to "${to}" (kept in x-aliases) so every method of ${d.path} shares one template`,
            '/request/url',
          ),
        );
      }
    }
  }
  return warnings;
}

/**
 * Converts a Postman collection (object or JSON text, v2.0 or v2.1) into an
 * OpenAPI 3.1 document plus warnings about everything it merged, skipped or guessed.
 * Throws ConversionError for unusable input or options, and with `strict` for any warning.
 */
export function convert(input: unknown, given?: ConvertOptions): ConvertResult {
  const options = checkOptions(given);
  forgetItems();
  const collection = loadCollection(input, options.source);
  const entries = walkRequests(collection);
  const context = buildContext(collection, entries);
  const warnings: ConversionWarning[] = [];
  const drafts: DraftOperation[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as RequestEntry;
    try {
      const result = convertRequest(entry, context);
      warnings.push(...result.warnings);
      if (result.draft) drafts.push(result.draft);
    } catch (error) {
      warnings.push(warningFor(entry, 'skipped', `request cannot be read (${(error as Error).message}); left out`));
    }
  }
  warnings.push(...joinTrailingSlashTwins(drafts));
  const counts = nameCounts(drafts);
  const merged = mergeDrafts(drafts, counts);
  for (const { draft: d, into, ownPath, kept } of merged.absorbed) {
    const where = kept.length > 0 ? `; kept there: ${kept.join('; ')}` : '; it had no body or saved response to keep';
    warnings.push(
      warningFor(d.entry, 'merged', `${d.method.toUpperCase()} ${ownPath} merged into the operation of ${labelOf(into)} (same method, equivalent path template)${where}`),
    );
  }
  for (const [d, from, to] of merged.renamed) {
    warnings.push(
      warningFor(
        d.entry,
        'path-param-renamed',
        `path parameter "${from}" renamed to "${to}" (kept in x-aliases), the name the collection uses most for it, when merging ${d.method.toUpperCase()} ${d.path}`,
        '/request/url',
      ),
    );
  }
  warnings.push(...unifyPathNames(merged.drafts, counts));
  for (const d of merged.drafts) {
    for (const where of fitOperationSchemas(d.operation, DOCUMENT_LEVELS)) {
      const message = `the ${where} schema nests deeper than the ${MAX_DEPTH} levels a document may have (Redocly's limit); cut at that depth, the parts below accept any value`;
      warnings.push(warningFor(d.entry, 'deep-schema', message, where.startsWith('response') ? '/response' : '/request'));
    }
  }
  const document = canonicalDocument(assembleDocument(collection, merged.drafts, options));
  const sorted = sortWarnings(warnings);
  if (options.strict && sorted.length > 0) {
    throw new ConversionError(`${options.source ?? 'input'}: ${sorted.length} warning(s) in strict mode:\n${sorted.map(formatWarning).join('\n')}`);
  }
  const skipped = sorted.filter((w) => w.code === 'skipped').length;
  return {
    document,
    warnings: sorted,
    summary: { requests: entries.length, operations: merged.drafts.length, merged: merged.absorbed.length, skipped, warnings: sorted.length },
  };
}
