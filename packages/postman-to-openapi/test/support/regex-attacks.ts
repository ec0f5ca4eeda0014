import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression literal of the sources. */
export interface SourceRegex {
  /** `src/…/file.ts:line`. */
  where: string;
  regex: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every regular expression literal in the `.ts` files under `root` (read with TypeScript's parser, so none is missed or invented). */
export function sourceRegexes(root: string): SourceRegex[] {
  const out: SourceRegex[] = [];
  for (const file of sourceFiles(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        out.push({ where: `${relative(join(root, '..'), file)}:${line}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

const CLASS_ESCAPES: Readonly<Record<string, string>> = { s: ' ', S: 'a', d: '1', D: 'a', w: 'a', W: ' ' };
const CHAR_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

/**
 * The characters a pattern names (literal characters, the members of its classes written out, one
 * sample of each `\s`, `\d`, `\w`, `.` it uses) and its literal runs ("Response Model", "{{").
 */
export function patternPieces(source: string): { chars: string[]; runs: string[] } {
  const chars = new Set<string>(['a', ' ', '\n']);
  const runs = new Set<string>();
  let run = '';
  const flush = (): void => {
    if (run !== '') runs.add(run);
    run = '';
  };
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const e = source[++i] ?? '';
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) {
        const ch = String.fromCharCode(Number.parseInt(source.slice(i + 1, i + 5), 16));
        i += 4;
        chars.add(ch);
        if (!inClass) run += ch;
      } else if (CLASS_ESCAPES[e] !== undefined) {
        chars.add(CLASS_ESCAPES[e] as string);
        if (!inClass) flush();
      } else if (e === 'b' || e === 'B') {
        if (!inClass) flush();
      } else {
        const ch = CHAR_ESCAPES[e] ?? e;
        chars.add(ch);
        if (!inClass) run += ch;
      }
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c !== '^' && c !== '-') chars.add(c);
      continue;
    }
    if (c === '[') {
      inClass = true;
      flush();
    } else if (c === '(') {
      flush();
      // A group's opening: `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` say nothing about the text.
      const opening = /^\?(?:<?[=!]|:)/.exec(source.slice(i + 1, i + 5));
      if (opening) i += opening[0].length;
    } else if (c === '{' && /^\d/.test(source.slice(i + 1))) {
      run = run.slice(0, -1);
      flush();
      i = source.indexOf('}', i);
    } else if ('?*+'.includes(c)) {
      run = run.slice(0, -1);
      flush();
    } else if (')|^$'.includes(c)) flush();
    else if (c === '.') {
      chars.add('a');
      flush();
    } else {
      chars.add(c);
      run += c;
    }
  }
  flush();
  return { chars: [...chars], runs: [...runs] };
}

/** An attack text's shape: `prefix`, then `pump` repeated, then `end`. */
export interface Attack {
  prefix: string;
  pump: string;
  end: string;
}

/** The attack text with `pump` repeated to about `n` characters. */
export function attackText(attack: Attack, n: number): string {
  return attack.prefix + attack.pump.repeat(Math.ceil(n / attack.pump.length)) + attack.end;
}

/**
 * Texts built to make a backtracking pattern slow: each of its literal runs (or nothing) before a
 * character, a pair of characters or a run it names, repeated, then an end that fails (nothing, a
 * character no pattern names, a line break `.` does not match).
 */
export function* attacks(source: string): Generator<Attack> {
  const { chars, runs } = patternPieces(source);
  const pumps = new Set<string>([...chars, ...runs]);
  for (const a of chars) for (const b of chars) if (a !== b) pumps.add(a + b);
  for (const prefix of ['', ...runs]) for (const pump of pumps) for (const end of ['', '\u0000', 'x\u2028y']) yield { prefix, pump, end };
}
