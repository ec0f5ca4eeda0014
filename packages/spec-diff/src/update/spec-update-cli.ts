import { parseArgs } from 'node:util';
import { parseTagPackages } from '../changesets/parse-tag-packages.js';
import { specUpdate } from './spec-update.js';
import { workspacePackageForTag } from '../changesets/workspace-package-for-tag.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { buildReport } from '../report/build-report.js';
import type { CliIo } from '../cli.js';
import type { SurfaceReport } from '../types.js';

/** Usage text of `spec:update`. */
export const UPDATE_USAGE = `Usage: spec-update [<url-or-path>] [--base <rev>] [--dry-run] [--json] [--tag-package Tag=pkg]...

Puts the new Postman collection in spec/ (downloaded or copied from <url-or-path>;
without it, the collection already in spec/ is used as it is), regenerates, diffs <rev>:spec/openapi.json
(default HEAD) against the new spec and writes one changeset per change for the
packages whose generated code changed. --dry-run prints the plan and writes nothing.
`;

/** The CLI's outside-world steps, supplied by the entry script. */
export interface UpdateIo extends CliIo {
  /** Fetches or copies the collection from `source` (the positional argument) to `dest`; not called without one. */
  readonly fetchCollection: (source: string, dest: string) => Promise<void>;
  /** Regenerates the spec and every generated package (`pnpm generate` in the CLI). */
  readonly generate: () => Promise<void>;
  /** API reports of the built publishable packages (see `SpecUpdateOptions.reports`); without it, bumps follow the spec diff alone. */
  readonly reports?: () => Promise<readonly SurfaceReport[]>;
}

/**
 * Runs `spec:update` and returns the exit code: 0 when the changesets (or the
 * dry-run plan) were produced, 1 on a usage error or any failed step (message
 * on stderr, no changesets written).
 */
export async function runSpecUpdateCli(argv: readonly string[], io: UpdateIo): Promise<number> {
  let usage = false;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        base: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        'tag-package': { type: 'string', multiple: true },
      },
    });
    if (values.help === true) {
      io.stdout(UPDATE_USAGE);
      return 0;
    }
    if (positionals.length > 1) {
      usage = true;
      throw new Error('expected at most one collection URL or path');
    }
    const source = positionals[0];
    const result = await specUpdate({
      root: io.cwd,
      ...(source === undefined ? {} : { updateCollection: (dest: string) => io.fetchCollection(source, dest) }),
      generate: io.generate,
      ...(io.reports === undefined ? {} : { reports: io.reports }),
      ...(values.base === undefined ? {} : { baseRev: values.base }),
      dryRun: values['dry-run'] === true,
      packageForTag: parseTagPackages(values['tag-package'] ?? [], io.packageForTag ?? (await workspacePackageForTag(io.cwd))),
      log: (line) => io.stderr(`spec-update: ${line}\n`),
    });
    if (values.json === true) {
      const { changedPackages, changesets, files } = result;
      io.stdout(`${JSON.stringify({ report: buildReport(result.changes), changedPackages, changesets, files }, null, 2)}\n`);
    } else {
      const written = result.files.length === 0 ? ['No changeset files written.'] : ['Changesets written:', ...result.files.map((f) => `- ${f}`)];
      io.stdout(`${renderMarkdown(result.changes)}\nPackages with changed generated code: ${result.changedPackages.join(', ') || 'none'}\n\n${written.join('\n')}\n`);
    }
    return 0;
  } catch (e) {
    usage ||= (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS') === true;
    io.stderr(`spec-update: ${(e as Error).message}\n${usage ? `\n${UPDATE_USAGE}` : ''}`);
    return 1;
  }
}
