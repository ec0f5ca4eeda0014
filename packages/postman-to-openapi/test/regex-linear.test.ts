import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Attack, attackText, attacks, sourceRegexes } from './support/regex-attacks.js';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** Milliseconds `regex` (global, not sticky) takes to find every match in `text`, the fastest of `runs`. */
function matchMs(regex: RegExp, text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    regex.lastIndex = 0;
    const start = performance.now();
    for (let before = 0; regex.test(text); before = regex.lastIndex) if (regex.lastIndex === before) regex.lastIndex++;
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * An attack on which the pattern takes super-linear time, or undefined. Each attack is timed on a text of 250
 * repetitions (a cubic pattern already takes milliseconds there), then of 2,000 (a quadratic one does); one
 * that takes 0.5 ms or more (a linear pattern reads 2,000 characters in microseconds) is timed again four
 * times as long: linear time grows 4 times, quadratic 16 times; 8 times or more is super-linear.
 */
function superLinear(pattern: RegExp): { attack: Attack; ms: [number, number] } | undefined {
  const regex = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`);
  for (const attack of attacks(pattern.source)) {
    for (const n of [250, 2000]) {
      const text = attackText(attack, n);
      if (matchMs(regex, text, 1) < 0.5) continue;
      const small = matchMs(regex, text, 3);
      const large = matchMs(regex, attackText(attack, 4 * n), 2);
      if (small >= 0.5 && large >= 8 * small) return { attack, ms: [small, large] };
      break;
    }
  }
  return undefined;
}

describe('regular expressions of the converter', () => {
  const found = sourceRegexes(SRC);

  it('are read from the sources', () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found.some((r) => r.where.startsWith('src/request/description.ts:'))).toBe(true);
  });

  it.each([
    ['a link to a model page, on a run of "["', /\[([^\]]+)\]\(\s*(https?:\/\/[^)\s]*\/models\/([A-Za-z0-9_-]+)[^)\s]*)\s*\)/g],
    ['line breaks with the spaces around them, on a run of spaces', /\s*\n\s*/g],
    ['a table separator line, on a line of spaces', /^\s*\|?\s*-{3,}/],
    ['a parenthesised note, on a run of "("', /\(([^)]*)\)/g],
    ['a `{{ name }}` variable, on a run of spaces', /\{\{\s*([^{}]+?)\s*\}\}/g],
    ['a JSON object key, on a string of escaped quotes', /"(?:[^"\\]|\\.)*"\s*:/g],
  ])('the attacks find a super-linear pattern: %s', (_name, pattern) => {
    expect(superLinear(pattern)).toBeDefined();
  });

  it('take linear time on every attack text built from their own characters', () => {
    const slow: string[] = [];
    for (const { where, regex } of found) {
      const hit = superLinear(regex);
      if (hit) slow.push(`${where} ${regex} on ${JSON.stringify(hit.attack)}: ${hit.ms[0].toFixed(1)} ms, 4 times as long ${hit.ms[1].toFixed(1)} ms`);
    }
    expect(slow).toEqual([]);
  });
});
