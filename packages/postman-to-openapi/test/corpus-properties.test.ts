import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/index.js';
import type { JsonObject } from '../src/types.js';
import { schemaErrors } from './support/json-schema.js';
import { exampleMismatches, losses } from './support/kept.js';
import { countRequests } from './support/leaks.js';
import { corpusDir } from './support/seeds.js';
import { openApiErrors, recommendedErrors } from './support/validate.js';

const own = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const shared = corpusDir();
const files = [own, ...(shared && existsSync(shared) ? [shared] : [])].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f)),
);

describe('every real collection of test/corpus (and ../shared/corpus/postman when present): properties, not golden files', () => {
  it('holds at least 25 collections of its own', () => {
    expect(files.filter((f) => f.startsWith(own)).length).toBeGreaterThanOrEqual(25);
  });

  it.each(files.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))(
    '%s -> Redocly-valid (minimal and recommended), every request, body, GraphQL query and saved response kept, every example valid, bounded time',
    async (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const collection = JSON.parse(text) as JsonObject;
      const start = process.cpuUsage();
      const { document, warnings, summary } = convert(text, { source: file });
      const used = process.cpuUsage(start);
      const requests = countRequests(collection.item);
      expect(summary.requests).toBe(requests);
      expect(summary.operations + summary.merged + summary.skipped).toBe(requests);
      const skipped = new Set(warnings.filter((w) => w.code === 'skipped').map((w) => [w.folder, w.request].filter((s) => s !== '').join(' / ')));
      expect(losses(collection, document, skipped)).toEqual([]);
      expect(exampleMismatches(document, (schema, value) => schemaErrors(schema, value, document.components))).toEqual([]);
      expect(await openApiErrors(document)).toEqual([]);
      expect(await recommendedErrors(document)).toEqual([]);
      // Generous bound (CPU time, not wall time): linear in the requests, never seconds.
      expect((used.user + used.system) / 1000).toBeLessThan(2000 + 20 * requests);
    },
  );
});
