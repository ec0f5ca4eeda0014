// Markdown table of a bench:converter report.
const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);

/** The summary table: one column per converter. */
export function renderTable(report) {
  const names = Object.keys(report.converters);
  const c = (name) => report.converters[name];
  const rows = [
    ['crashes', (n) => String(c(n).crashes)],
    ['valid (Redocly minimal, no error)', (n) => `${c(n).validMinimal}/${c(n).converted}`],
    ['valid (Redocly recommended, no error)', (n) => `${c(n).validRecommended}/${c(n).converted}`],
    ['requests kept', (n) => pct(c(n).kept, c(n).requests)],
    ['JSON bodies with an inferred schema', (n) => pct(c(n).jsonWithSchema, c(n).jsonBodies)],
    ['saved examples kept', (n) => pct(c(n).savedKept, c(n).saved)],
    ['median CPU ms per collection, a full collection forced before each run', (n) => c(n).medianCpuMs.toFixed(1)],
    [`the same, on the ${report.commonCollections} collections every converter converts`, (n) => c(n).commonMedianCpuMs.toFixed(1)],
  ];
  if (names.every((n) => c(n).commonSteadyMs !== undefined)) {
    rows.push(
      ['steady state, median CPU ms per collection (mean of its timed conversions in a process that keeps converting)', (n) => c(n).medianSteadyMs.toFixed(2)],
      [`steady state, the same on the ${report.commonCollections} collections every converter converts`, (n) => c(n).commonSteadyMs.toFixed(2)],
    );
  }
  if (names.every((n) => c(n).commonFreshMs !== undefined)) {
    rows.push(
      [`fresh process, median CPU ms of the import on the ${report.commonCollections} collections`, (n) => c(n).commonImportMs.toFixed(1)],
      [`fresh process, median CPU ms of the first conversion on the ${report.commonCollections} collections`, (n) => c(n).commonFirstMs.toFixed(1)],
      [`fresh process, median CPU ms of import + first conversion on the ${report.commonCollections} collections`, (n) => c(n).commonFreshMs.toFixed(1)],
    );
  }
  const lines = [
    `${report.collections} collections, ${report.requests} requests; Node ${report.node}; median of ${report.runs} runs per collection after a warm-up, in each of ${report.rounds ?? 1} rounds${report.steadyPasses ? `; steady state: ${report.steadyWarmup} warm-up and ${report.steadyPasses} timed passes over every collection in one process per converter and round` : ''}${report.freshRounds ? `; and ${report.freshRounds} fresh processes per converter and collection (its import and first conversion)` : ''}.`,
    '',
    `| | ${names.join(' | ')} |`,
    `|---|${names.map(() => '---').join('|')}|`,
    ...rows.map(([label, f]) => `| ${label} | ${names.map(f).join(' | ')} |`),
    '',
    ...names.map((n) => `- ${n}: ${c(n).label}`),
    '',
  ];
  return lines.join('\n');
}
