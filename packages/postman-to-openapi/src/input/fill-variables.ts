import { variableName } from './variable-name.js';

/** Rounds of substitution Postman makes in one text (its library's `VARS_SUBREPLACE_LIMIT`): a variable's value may name another variable, 19 levels deep. */
export const VARIABLE_ROUNDS = 19;

/** Longest text a filled-in variable may grow to (a value naming another variable twice, 19 levels deep, doubles 19 times); past it the variable is left as written. */
export const MAX_FILLED_LENGTH = 65_536;

const TOKEN = /\{\{([^{}]+)\}\}/g;

// Per variables object (one per conversion): each variable's value filled in with `rounds` more rounds, keyed `<rounds> <name>`.
const memos = new WeakMap<Record<string, string>, Map<string, string>>();

/**
 * `text` with each `{{variable}}` the collection gives a value to replaced by that value, itself
 * filled in the same way, as Postman sends it: up to {@link VARIABLE_ROUNDS} levels deep (a
 * variable that names itself, directly or through others, stays as written at the last level).
 * A variable without a value, or whose filled value would pass {@link MAX_FILLED_LENGTH}, stays
 * as written. Each variable is filled once per level and conversion (memoized), so a chain of
 * any length or a cycle costs at most that many fills, and recursion never goes deeper than
 * the rounds.
 */
export function fillVariables(text: string, variables: Record<string, string>): string {
  let memo = memos.get(variables);
  if (!memo) memos.set(variables, (memo = new Map()));
  return fill(text, VARIABLE_ROUNDS, variables, memo);
}

function fill(text: string, rounds: number, variables: Record<string, string>, memo: Map<string, string>): string {
  if (rounds === 0 || !text.includes('{{')) return text;
  let out = '';
  let last = 0;
  TOKEN.lastIndex = 0;
  const tokens: [number, number, string][] = [];
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) tokens.push([m.index, TOKEN.lastIndex, variableName(m[1] as string)]);
  for (const [start, end, name] of tokens) {
    if (!Object.hasOwn(variables, name)) continue;
    const key = `${rounds} ${name}`;
    let value = memo.get(key);
    if (value === undefined) {
      value = fill(variables[name] as string, rounds - 1, variables, memo);
      memo.set(key, value);
    }
    if (out.length + (start - last) + value.length > MAX_FILLED_LENGTH) continue;
    out += text.slice(last, start) + value;
    last = end;
  }
  return out + text.slice(last);
}
