import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeDocument } from '../src/schema/canonical.js';
import { convert } from '../src/convert.js';
import { ConversionError } from '../src/errors.js';
import { runCli } from '../src/cli/run-cli.js';
import type { ConvertResult } from '../src/types.js';
import { jsonText } from './support/json-text.js';
import { caseArbitrary, mutated, type Case } from './support/mutate.js';
import { seedCollections } from './support/seeds.js';
import { cpuMsSince } from './support/cpu-ms.js';

// FUZZ_RUNS raises the number of mutated collections (default 2000; the CLI gets a tenth); FUZZ_SEED varies them.
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const seeds = seedCollections();
const collections = seeds.map((s) => s.collection);
const SOURCE = 'fuzz.json';
const INTERNAL = /is not a function|Cannot read propert|is not iterable|call stack|Invalid (array|string) length|undefined|\[object /;

function inputOf(c: Case): { text: string; value: unknown } {
  const value = mutated(collections, c);
  return { text: jsonText(value), value };
}

/** Checks a result: counts add up, every warning names a request of the collection by pointer, and the document serializes. */
function checkResult(result: ConvertResult): void {
  const { summary, warnings } = result;
  expect(summary.operations + summary.merged + summary.skipped).toBe(summary.requests);
  for (const w of warnings) {
    expect(w.pointer).toMatch(/^(\/item\/\d+)+(\/|$)/);
    expect(w.message, w.message.slice(0, 300)).not.toMatch(INTERNAL);
    expect(w.message.length).toBeLessThan(2_000);
  }
  const text = serializeDocument(result.document);
  expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(result.document)));
}

/** Checks a refusal: a ConversionError naming the file and a JSON pointer (or the JSON parser's position), short and one-screen. */
function checkError(error: unknown): void {
  expect(error).toBeInstanceOf(ConversionError);
  const e = error as ConversionError;
  expect(e.message.startsWith(`${SOURCE}: `)).toBe(true);
  expect(e.message.length).toBeLessThan(2_000);
  if (e.pointer !== undefined) expect(e.message).toContain(`(at ${e.pointer === '' ? '/' : e.pointer})`);
  else expect(e.message).toMatch(/not valid JSON \(.*position \d+/);
}

const stats = { results: 0, errors: 0, slowestMs: 0, cli: { written: 0, refused: 0 } };
afterAll(() => {
  // One line for the test log: what the fuzzer exercised this run.
  console.info(
    `converter fuzz: seeds=${seeds.length} runs=${RUNS} seed=${SEED} results=${stats.results} errors=${stats.errors} slowest=${stats.slowestMs.toFixed(0)} ms CPU cli=${JSON.stringify(stats.cli)}`,
  );
});

describe(`converter fuzzing: mutated copies of ${seeds.length} real collections`, () => {
  it('library: every mutated collection gives a result or a ConversionError with a pointer; none takes more than 10 s of CPU time (a hang or a quadratic blow-up)', () => {
    fc.assert(
      fc.property(caseArbitrary(collections.length), (c) => {
        const { text, value } = inputOf(c);
        const started = process.cpuUsage();
        let result: ConvertResult | undefined;
        try {
          result = convert(c.asText ? text : value, { source: SOURCE });
        } catch (error) {
          checkError(error);
        }
        const ms = cpuMsSince(started);
        stats.slowestMs = Math.max(stats.slowestMs, ms);
        expect(ms).toBeLessThan(10_000);
        if (result) {
          stats.results++;
          checkResult(result);
        } else stats.errors++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(stats.results + stats.errors).toBe(RUNS);
    expect(stats.results).toBeGreaterThan(RUNS / 10);
  }, 600_000);

  it('CLI: exit 0 with the document written, or exit 1 with a one-line error, no stack trace and the old output untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'p2o-fuzz-'));
    try {
      fc.assert(
        fc.property(caseArbitrary(collections.length), (c) => {
          const { text } = inputOf(c);
          const input = join(dir, 'in.json');
          const out = join(dir, 'out.json');
          const report = join(dir, 'report.json');
          writeFileSync(input, text);
          writeFileSync(out, 'previous output\n');
          rmSync(report, { force: true });
          let stderr = '';
          const code = runCli([input, '--out', out, '--report', report], (t) => {
            stderr += t;
          });
          expect(stderr).not.toMatch(/^\s+at /m);
          expect(stderr).not.toContain('internal error');
          if (code === 0) {
            stats.cli.written++;
            expect(readFileSync(out, 'utf8')).toBe(serializeDocument(convert(text, { source: input }).document));
            expect(JSON.parse(readFileSync(report, 'utf8'))).toHaveProperty('summary');
          } else {
            stats.cli.refused++;
            expect(code).toBe(1);
            expect(stderr).toMatch(/^postman-to-openapi: error: .*in\.json: /m);
            expect(readFileSync(out, 'utf8')).toBe('previous output\n');
            expect(readdirSync(dir).sort()).toEqual(['in.json', 'out.json']);
          }
        }),
        { numRuns: Math.max(1, Math.round(RUNS / 10)), seed: SEED + 1 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(stats.cli.written).toBeGreaterThan(0);
    expect(stats.cli.refused).toBeGreaterThan(0);
  }, 600_000);
});
