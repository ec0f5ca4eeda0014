import { kb } from './bundle-size.js';
import type { BundleSize, LatencyStats } from './types.js';

/** bench/results/compare.json as written by bench/compare/run.mjs. */
export interface CompareResult {
  readonly date: string;
  readonly machine: { readonly node: string; readonly cpus: number; readonly cpuModel: string; readonly loadAverage?: readonly number[] };
  readonly requests: number;
  readonly warmup: number;
  /** Calls per client and operation (10 in flight) before any case is measured. */
  readonly warmupAll?: number;
  /** Interleaved rounds per case; the median round (by req/s) is reported. */
  readonly rounds?: number;
  readonly imgurVersion: string;
  readonly overhead: readonly OverheadStats[];
  readonly bundles: readonly (Partial<BundleSize> & { readonly lib: string; readonly platform: string; readonly error?: string })[];
  readonly budgets: readonly (BundleSize & { readonly label: string; readonly maxGzipKB: number; readonly targetGzipKB?: number })[];
}

/** One client's median round for one case, with every round's throughput and CPU time (in round order). */
type OverheadStats = LatencyStats & {
  readonly op: string;
  readonly lib: string;
  readonly roundsRequestsPerSecond?: readonly number[];
  readonly roundsCpuUsPerRequest?: readonly number[];
};

/** bench/results/consumer-typecheck.json as written by `pnpm pack:check --record`. */
export interface TypecheckResult {
  readonly date: string;
  readonly results: readonly { readonly compiler: string; readonly mode: string; readonly ms: number }[];
}

/** The heading of the section this module writes. */
export const COMPARE_HEADING = '## Client overhead and bundle size';

function loadNote(m: CompareResult['machine']): string {
  if (!m.loadAverage) return '';
  // The run itself keeps about two processes busy, so only the load at the start says whether other work was running.
  const busy = (m.loadAverage[0] ?? 0) > m.cpus / 2 ? ': other work was running at the start, so the throughput figures are noisy' : '';
  return ` (1-minute load average ${m.loadAverage.map((l) => l.toFixed(1)).join(' at the start, ')} at the end${busy})`;
}

const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * `a / b` per round (the clients of one round run back to back, so each pair
 * shares the machine's state), as the median over rounds with the range; the
 * ratio of the median rounds when per-round figures are missing.
 */
export function pairedRatio(a: readonly number[] | undefined, b: readonly number[] | undefined, fallback: number): { value: number; min?: number; max?: number } {
  if (!a?.length || a.length !== b?.length) return { value: fallback };
  const each = a.map((x, i) => x / b[i]!);
  return { value: median(each), min: Math.min(...each), max: Math.max(...each) };
}
// Rounded down, so a ratio shown as 0.90 is at least 0.90.
const down = (x: number): string => (Math.floor(x * 100 + 1e-9) / 100).toFixed(2);
const range = (r: { min?: number; max?: number }): string => (r.min === undefined ? '' : `, rounds ${r.min.toFixed(2)}–${r.max!.toFixed(2)}`);
const yes = (ok: boolean): string => (ok ? 'met' : '**not met**');

function overheadTable(r: CompareResult): string[] {
  const out = ['| operation | concurrency | client | req/s | p50 ms | p99 ms | client CPU µs/req | vs raw fetch (req/s) |', '|---|---:|---|---:|---:|---:|---:|---:|'];
  for (const s of r.overhead) {
    const raw = r.overhead.find((o) => o.op === s.op && o.concurrency === s.concurrency && o.lib === 'raw fetch');
    out.push(
      `| ${s.op} | ${s.concurrency} | ${s.lib} | ${s.requestsPerSecond} | ${s.p50Ms.toFixed(3)} | ${s.p99Ms.toFixed(3)} | ${s.cpuUsPerRequest} | ${raw ? ratio(s.requestsPerSecond, raw.requestsPerSecond) : 'n/a'} |`,
    );
  }
  return out;
}

function targets(r: CompareResult): string[] {
  const out = [
    '| operation | concurrency | req/s: @imgur-ts / raw fetch (target ≥ 0.90) | req/s: @imgur-ts / imgur (target ≥ 1.00) | CPU/req: raw fetch / @imgur-ts | CPU/req: imgur / @imgur-ts |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  const groups = [...new Set(r.overhead.map((o) => `${o.op}\u0000${o.concurrency}`))];
  for (const g of groups) {
    const [op, c] = g.split('\u0000');
    const of = (pred: (lib: string) => boolean) => r.overhead.find((o) => o.op === op && String(o.concurrency) === c && pred(o.lib));
    const ours = of((l) => l.startsWith('@imgur-ts'));
    const raw = of((l) => l === 'raw fetch');
    const theirs = of((l) => l.startsWith('imgur '));
    if (!ours || !raw || !theirs) continue;
    const vsRaw = pairedRatio(ours.roundsRequestsPerSecond, raw.roundsRequestsPerSecond, ours.requestsPerSecond / raw.requestsPerSecond);
    const vsTheirs = pairedRatio(ours.roundsRequestsPerSecond, theirs.roundsRequestsPerSecond, ours.requestsPerSecond / theirs.requestsPerSecond);
    const cpu = (a: OverheadStats) => `${pairedRatio(a.roundsCpuUsPerRequest, ours.roundsCpuUsPerRequest, a.cpuUsPerRequest / ours.cpuUsPerRequest).value.toFixed(2)}x`;
    out.push(
      `| ${op} | ${c} | ${down(vsRaw.value)} (${yes(vsRaw.value >= 0.9)}${range(vsRaw)}) | ${down(vsTheirs.value)} (${yes(vsTheirs.value >= 1)}${range(vsTheirs)}) | ${cpu(raw)} | ${cpu(theirs)} |`,
    );
  }
  return out;
}

function bundleTable(r: CompareResult): string[] {
  const out = ['| app | platform | min | min+gz |', '|---|---|---:|---:|'];
  for (const b of r.bundles) {
    out.push(
      b.error
        ? `| ${b.lib} | ${b.platform} | fails to bundle: ${b.error.replace(/\|/g, '\\|').slice(0, 160)} | |`
        : `| ${b.lib} | ${b.platform} | ${kb(b.minBytes ?? 0)} | ${kb(b.gzipBytes ?? 0)} |`,
    );
  }
  const find = (platform: string, pred: (lib: string) => boolean) => r.bundles.find((b) => b.platform === platform && pred(b.lib) && b.gzipBytes);
  const ours = (platform: string) => find(platform, (l) => l.startsWith('@imgur-ts'))?.gzipBytes;
  const theirs = find('node', (l) => l.startsWith('imgur '))?.gzipBytes;
  const inBrowser = ours('browser');
  const onNode = ours('node');
  if (theirs && inBrowser) {
    const x = theirs / inBrowser;
    out.push(
      '',
      `imgur's upload app, built for Node (it has no browser build), is **${x.toFixed(1)}x** the size of ours built for browsers (min+gz; target ≥ 20x: ${yes(x >= 20)}).`,
    );
  }
  if (theirs && onNode) {
    const x = theirs / onNode;
    out.push('', `Both built for Node: **${x.toFixed(1)}x**${onNode !== inBrowser ? ' (on Node ours also holds its node:http transport, see the core README, "Transport")' : ''}.`);
  }
  return out;
}

/**
 * Renders the "Client overhead and bundle size" section of BENCHMARKS.md from
 * the comparison results (and the consumer type-check times when given) and
 * puts it in place of that section of `markdown` (or before the first other
 * `## ` heading when the section is missing). Other sections are kept as they are.
 */
export function renderCompare(markdown: string, r: CompareResult, tc?: TypecheckResult): string {
  const lines = [
    COMPARE_HEADING,
    '',
    `Measured ${r.date} on Node ${r.machine.node}, ${r.machine.cpus} × ${r.machine.cpuModel}${loadNote(r.machine)}. Reports only: nothing here is asserted.`,
    '',
    '```sh',
    'pnpm build && pnpm bench:compare        # writes bench/results/compare.json and this section',
    'pnpm pack:check --record                # consumer type-check times (bench/results/consumer-typecheck.json)',
    '```',
    '',
    '### Per-request overhead',
    '',
    `The same \`GET /3/image/{id}\` and the same 16 KB multipart upload of one Buffer (\`POST /3/upload\`; \`imgur\` sends images to \`POST /3/image\`, which takes the same form; both SDKs take the Buffer as is, the raw \`fetch\` wraps it in a Blob for \`FormData\`) against a fixed-response node:http server on 127.0.0.1 in a separate process, ${r.warmupAll ? `after ${r.warmupAll} warm-up calls per client and operation, ` : ''}${r.requests} requests per case after ${r.warmup} more warm-up calls, one at a time and 10 in flight; ${r.rounds ?? 1} interleaved rounds per case, the median round shown. Each client runs in its own Node process (no shared JIT state or garbage), and each run ends with a full garbage collection counted in that run. Clients: a raw \`fetch\` (parse JSON, take \`data\`), the same raw \`fetch\` with a 30 s timeout (an \`AbortController\`, a timer and the signal per call: the part of the cost of timeouts that is in Node's fetch itself), \`@imgur-ts/image\` with a default \`createImgurClient\` (retries, timeouts, rate-limit parsing on; on Node its default transport is node:http with keep-alive, not fetch), and the \`imgur\` npm package ${r.imgurVersion} (axios; pointed at the server through its axios instance, as it has no base-URL option).`,
    '',
    ...overheadTable(r),
    '',
    'Targets. Each ratio is taken per round (the clients of a round run back to back, so a pair shares the state of the machine) and the median over rounds is judged; the range over rounds follows. The CPU-time ratios (above 1.00: @imgur-ts uses less CPU per request) are steadier when the machine is busy:',
    '',
    ...targets(r),
    '',
    '### Bundle size of an upload app',
    '',
    'One module that creates a client and exports a function uploading a file, bundled with esbuild 0.28 (bundle, minify, tree shaking, ESM), gzip -9. `imgur` depends on axios, form-data and whatwg-url and Node built-ins (`events`, `fs`, `stream`…): in a browser it needs polyfills, so its Node build is the smallest it gets. Ours is built for both: on Node the `node` export condition adds its node:http transport.',
    '',
    ...bundleTable(r),
    '',
    '### Size budgets (checked by `pnpm test`)',
    '',
    'Browser bundles (esbuild, minify, gzip -9). A resource package is measured whole, with the parts of core it uses.',
    '',
    '| bundle | min | min+gz | budget (min+gz) | |',
    '|---|---:|---:|---:|---|',
    ...r.budgets.map(
      (b) =>
        `| ${b.label} | ${kb(b.minBytes)} | ${kb(b.gzipBytes)} | ${b.maxGzipKB} KB | ${b.gzipBytes < b.maxGzipKB * 1024 ? 'ok' : '**over**'}${b.targetGzipKB !== undefined && b.gzipBytes > b.targetGzipKB * 1024 ? ` (target ${b.targetGzipKB} KB: **not met**)` : ''} |`,
    ),
    '',
  ];
  if (tc) {
    lines.push(
      '### Consumer type-check',
      '',
      `\`tsc -p\` over a sample app that imports every resource package (the result type of every operation, a \`getImage\` and an upload call), against the packed and npm-installed packages, \`skipLibCheck\` off; median of 3 runs each, measured ${tc.date} by \`pnpm pack:check --record\`. Wall-clock time including compiler start-up.`,
      '',
      '| compiler | options | time |',
      '|---|---|---:|',
      ...tc.results.map(
        (t) =>
          `| ${t.compiler.replace(/^Version /, 'TypeScript ')} | ${t.mode === 'strict' ? 'strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes' : 'strict: false'} | ${(t.ms / 1000).toFixed(2)} s |`,
      ),
      '',
    );
  }
  const section = lines.join('\n');
  const start = markdown.indexOf(`${COMPARE_HEADING}\n`);
  if (start < 0) {
    const other = markdown.search(/^## /m);
    return other < 0 ? `${markdown.trimEnd()}\n\n${section}` : `${markdown.slice(0, other)}${section}\n${markdown.slice(other)}`;
  }
  const rest = markdown.slice(start + COMPARE_HEADING.length);
  const end = rest.search(/^## /m);
  return `${markdown.slice(0, start)}${section}${end < 0 ? '' : `\n${rest.slice(end)}`}`;
}
