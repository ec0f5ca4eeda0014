import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readAllowlist } from './allowlist.js';
import { checkExchanges } from './check.js';
import { TrafficInputError } from './errors.js';
import { formatReport } from './format-report.js';
import { parseJson } from './parse-json.js';
import { overlayYaml, proposeOverlay } from './propose-overlay.js';
import { readInputs } from './read-inputs.js';
import { readPolicy } from './read-policy.js';
import { formatPolicyReport, runPolicy } from './run-policy.js';
import type { OpenApiDocument } from './types.js';

/** Where the CLI runs and writes. */
export interface CliIo {
  /** The repository root: defaults are `spec/openapi.json`, `spec/traffic` and `spec/traffic/allowlist.json` under it. */
  root: string;
  /** Directory that relative arguments are resolved against. */
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = 'usage: pnpm spec:check-traffic [path...] [--overlay <file>] [--allowlist <file>] [--spec <openapi.json>] [--policy <policy.json>] [--loso]\n';

/** `spec:check-traffic`: 0 when every body passes (or is allowlisted), 1 on failures, 2 on bad input or arguments. */
export function runCli(argv: readonly string[], io: CliIo): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(`spec:check-traffic: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    const specFile = args.spec ? resolve(io.cwd, args.spec) : join(io.root, 'spec', 'openapi.json');
    const spec = readSpec(specFile);
    const paths = args.paths.length ? args.paths : [relative(io.cwd, join(io.root, 'spec', 'traffic')) || '.'];
    const exchanges = readInputs(paths, io.cwd);
    const allowFile = args.allowlist ? resolve(io.cwd, args.allowlist) : join(io.root, 'spec', 'traffic', 'allowlist.json');
    const allowlist: Record<string, string> = {};
    if (args.allowlist || existsSync(allowFile)) {
      for (const [key, reason] of Object.entries(readAllowlist(allowFile))) allowlist[relative(io.cwd, resolve(dirname(allowFile), key))] = reason;
    }
    const report = checkExchanges(exchanges, spec, { allowlist });
    io.stdout(formatReport(report));
    const policyFile = args.policy ? resolve(io.cwd, args.policy) : join(io.root, 'spec', 'traffic', 'policy.json');
    let policyFailed = false;
    if (args.policy || args.loso || existsSync(policyFile)) {
      const policyReport = runPolicy(exchanges, spec, readPolicy(policyFile), { allowlist, loso: args.loso });
      io.stdout(formatPolicyReport(policyReport, relative(io.cwd, policyFile) || policyFile));
      policyFailed = policyReport.findings.length > 0;
    }
    if (args.overlay) {
      const out = resolve(io.cwd, args.overlay);
      const tmp = `${out}.${process.pid}.tmp`;
      writeFileSync(tmp, overlayYaml(proposeOverlay(report, spec)));
      renameSync(tmp, out);
      io.stdout(`proposed overlay written to ${relative(io.cwd, out) || out}\n`);
    }
    return report.summary.failed > 0 || policyFailed ? 1 : 0;
  } catch (e) {
    if (e instanceof TrafficInputError) {
      io.stderr(`spec:check-traffic: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function readSpec(file: string): OpenApiDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new TrafficInputError(file, `cannot read the OpenAPI document (${(e as Error).message})`);
  }
  const doc = parseJson(text, file);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || typeof doc.paths !== 'object') throw new TrafficInputError(file, 'not an OpenAPI document (no `paths`)');
  return doc as OpenApiDocument;
}

interface Args {
  paths: string[];
  overlay?: string;
  allowlist?: string;
  spec?: string;
  policy?: string;
  loso: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const out: Args = { paths: [], loso: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a file argument`);
      return v;
    };
    if (a === '--overlay') out.overlay = value();
    else if (a === '--allowlist') out.allowlist = value();
    else if (a === '--spec') out.spec = value();
    else if (a === '--policy') out.policy = value();
    else if (a === '--loso') out.loso = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else out.paths.push(a);
  }
  return out;
}
