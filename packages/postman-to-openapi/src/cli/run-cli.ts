import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { canonicalText } from '../schema/canonical.js';
import { convert } from '../convert.js';
import { ConversionError } from '../errors.js';
import { reportText } from '../output/report.js';
import { formatWarning } from '../warnings.js';
import { type OutputFile, writeFiles } from '../output/write-file.js';
import { samePlace } from '../output/same-place.js';
import { decodeText } from '../input/decode.js';

/** Usage text of the `postman-to-openapi` command. */
export const USAGE = 'usage: postman-to-openapi <collection.json> --out <openapi.json> [--report <report.json>] [--strict] [--title <title>] [--version <version>]';

/** The command's options and positionals, parsed; throws on an unknown option or a missing value. */
function readArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      report: { type: 'string' },
      strict: { type: 'boolean' },
      title: { type: 'string' },
      version: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/**
 * Runs the CLI with arguments (without node and script) and returns the exit code:
 * 0 written, 1 conversion failed (or a warning under --strict), 2 bad usage.
 * Messages go to `stderr`; on failure no output file is written.
 */
export function runCli(args: string[], stderr: (text: string) => void): number {
  let parsed: ReturnType<typeof readArgs>;
  try {
    parsed = readArgs(args);
  } catch (error) {
    stderr(`postman-to-openapi: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    stderr(`${USAGE}\n`);
    return 0;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0 || values.out === undefined) {
    stderr(`${USAGE}\n`);
    return 2;
  }
  for (const [option, target] of [
    ['out', values.out],
    ['report', values.report],
  ] as const) {
    if (target !== undefined && samePlace(source, target)) {
      stderr(`postman-to-openapi: --${option} names the collection (${target}); nothing written\n${USAGE}\n`);
      return 2;
    }
  }
  if (values.report !== undefined && samePlace(values.out, values.report)) {
    stderr(`postman-to-openapi: --out and --report name the same file (${values.report})\n${USAGE}\n`);
    return 2;
  }
  try {
    let bytes: Buffer;
    try {
      bytes = readFileSync(source);
    } catch (error) {
      throw new ConversionError(`${source}: cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const result = convert(decodeText(bytes, source), {
      source,
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.version !== undefined ? { version: values.version } : {}),
    });
    for (const w of result.warnings) stderr(`${values.strict ? 'error' : 'warning'}: ${formatWarning(w)}\n`);
    const s = result.summary;
    const line = `${source}: ${s.requests} requests -> ${s.operations} operations (${s.merged} merged, ${s.skipped} skipped), ${s.warnings} warnings`;
    if (values.strict && result.warnings.length > 0) {
      stderr(`postman-to-openapi: ${line}; --strict: nothing written\n`);
      return 1;
    }
    const files: OutputFile[] = [{ path: values.out, text: canonicalText(result.document) }];
    if (values.report !== undefined) files.push({ path: values.report, text: reportText(source, result) });
    writeFiles(files);
    stderr(`postman-to-openapi: ${line}\n`);
    return 0;
  } catch (error) {
    const message =
      error instanceof ConversionError
        ? error.message
        : `${source}: internal error, please report it with this file (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`;
    stderr(`postman-to-openapi: error: ${message}\n`);
    return 1;
  }
}
