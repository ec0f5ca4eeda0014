import { parseArgs } from 'node:util';
import { parseSource } from './load/read-source.js';
import { loadDocument } from './load/load-document.js';
import { parseTagPackages } from './changesets/parse-tag-packages.js';
import { diffSpecs } from './diff/diff-specs.js';
import { renderMarkdown } from './report/render-markdown.js';
import { renderJson } from './report/render-json.js';
import type { Source } from './load/read-source.js';

/** Usage text of `imgur-spec-diff`. */
export const USAGE = `Usage: imgur-spec-diff [--json] [--tag-package Tag=pkg]... <old> <new>
       imgur-spec-diff [--json] --git <rev> <path> [<new>]

Compares two OpenAPI 3.x documents and reports the changes per package,
each classified breaking (major), feature (minor) or fix (patch).
<old>/<new> are JSON files, or rev:path read with git show (HEAD~1:spec/openapi.json).
--git <rev> <path> [<new>]  old is <rev>:<path>, new is <new> or the file <path>.
--json                      print the JSON report instead of markdown.
--tag-package Tag=pkg       map an operation tag to a package (default @imgur-ts/<tag>;
                            pnpm spec:diff sends tags without a package to @imgur-ts/client).
Exit status: 0 when the report was printed, 1 on a usage error or unreadable input.
`;

/** Where the CLI writes; injectable for tests. */
export interface CliIo {
  /** Receives the report (markdown or JSON). */
  readonly stdout: (text: string) => void;
  /** Receives usage and error messages. */
  readonly stderr: (text: string) => void;
  /** Directory that relative paths and `git show` revisions are resolved in. */
  readonly cwd: string;
  /** Mapping for tags without `--tag-package`; default `@imgur-ts/<tag lowercased>`. */
  readonly packageForTag?: (tag: string) => string;
}

/**
 * Runs `imgur-spec-diff` with the given arguments and returns the exit code.
 * Output is written in one piece only after everything succeeded; errors go
 * to stderr as one `imgur-spec-diff: …` line.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        git: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        'tag-package': { type: 'string', multiple: true },
      },
    });
    if (values.help === true) {
      io.stdout(USAGE);
      return 0;
    }
    let sources: [Source, Source];
    if (values.git !== undefined) {
      const [path, next, ...rest] = positionals;
      if (path === undefined || rest.length > 0) throw new UsageError('--git <rev> takes <path> and an optional <new>');
      sources = [{ rev: values.git, path }, parseSource(next ?? path, io.cwd)];
    } else {
      const [a, b, ...rest] = positionals;
      if (a === undefined || b === undefined || rest.length > 0) throw new UsageError('expected exactly two documents, <old> and <new>');
      sources = [parseSource(a, io.cwd), parseSource(b, io.cwd)];
    }
    const packageForTag = parseTagPackages(values['tag-package'] ?? [], io.packageForTag);
    const [oldDoc, newDoc] = await Promise.all(sources.map((s) => loadDocument(s, io.cwd)));
    const changes = diffSpecs(oldDoc ?? {}, newDoc ?? {}, { packageForTag });
    io.stdout(values.json === true ? renderJson(changes) : renderMarkdown(changes));
    return 0;
  } catch (e) {
    const usage = e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS') === true;
    io.stderr(`imgur-spec-diff: ${(e as Error).message}\n${usage ? `\n${USAGE}` : ''}`);
    return 1;
  }
}

class UsageError extends Error {}
