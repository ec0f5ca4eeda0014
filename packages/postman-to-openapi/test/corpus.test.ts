import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/index.js';
import type { JsonObject } from '../src/types.js';
import { countRequests, leakedSegments } from './support/leaks.js';
import { corpusDir } from './support/seeds.js';
import { openApiErrors } from './support/validate.js';

const corpus = corpusDir() ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'corpus', 'postman');
const present = existsSync(corpus);
const files = present
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

describe('shared Postman corpus (shared/corpus/postman beside the repository or one of its parents)', () => {
  if (!present) {
    it.skip('skipped: the corpus folder ../shared/corpus/postman does not exist next to this repository', () => {});
    return;
  }

  it('holds collections', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s -> valid OpenAPI 3.1, every request accounted for, no variable value in a path', async (file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    const collection = JSON.parse(text) as JsonObject;
    const { document, warnings, summary } = convert(text, { source: file });
    expect(await openApiErrors(document)).toEqual([]);
    expect(document.openapi).toBe('3.1.0');
    const requests = countRequests(collection.item);
    expect(summary.requests).toBe(requests);
    expect(summary.operations + summary.merged + summary.skipped).toBe(requests);
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    expect(operations).toHaveLength(summary.operations);
    expect(warnings.filter((w) => w.code === 'merged')).toHaveLength(summary.merged);
    expect(warnings.filter((w) => w.code === 'skipped')).toHaveLength(summary.skipped);
    const mergedFrom = operations.reduce((n, op) => n + Math.max(0, (op['x-merged-from']?.length ?? 1) - 1), 0);
    expect(mergedFrom).toBe(summary.merged);
    expect(leakedSegments(collection, document)).toEqual([]);
  });
});
