// Sums vitest JSON reports into the closing line of `pnpm test`. A test file
// that failed without a failed test (it did not load, or a hook such as
// beforeAll failed or timed out, which leaves its tests "skipped") counts as
// one failure, and its tests are not counted as skipped.

/**
 * @param {Array<{ name: string, report: object | undefined }>} suites each suite that has tests, with its parsed
 *   `.vitest/report.json`; report undefined where the suite wrote none (its run did not finish: one failure)
 * @returns {{ passed: number, failed: number, skipped: number, problems: string[] }}
 */
export function summarizeReports(suites) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const problems = [];
  for (const { name, report: j } of suites) {
    if (j === undefined) {
      failed += 1;
      problems.push(`${name}: no test report (its test run did not finish)`);
      continue;
    }
    passed += j.numPassedTests ?? 0;
    failed += j.numFailedTests ?? 0;
    skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
    for (const s of j.testResults ?? []) {
      const results = s.assertionResults ?? [];
      if (s.status !== 'failed' || results.some((a) => a.status === 'failed')) continue;
      failed += 1;
      skipped -= results.filter((a) => a.status === 'pending' || a.status === 'skipped' || a.status === 'todo').length;
      problems.push(`${s.name}: failed to run${s.message ? `: ${String(s.message).split('\n')[0]}` : ''}`);
    }
  }
  return { passed, failed, skipped, problems };
}

/** The closing line: `N passed, N failed` and `, N skipped` when any were. */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
