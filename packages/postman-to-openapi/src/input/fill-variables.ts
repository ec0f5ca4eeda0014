import { cyclicVariables } from './cyclic-variables.js';
import { variableName } from './variable-name.js';

/** Rounds of substitution Postman makes in one text (its library's `VARS_SUBREPLACE_LIMIT`): a variable's value may name another variable, 19 levels deep. */
export const VARIABLE_ROUNDS = 19;

/** Longest text a filled-in variable may grow to (a value naming another variable twice, 19 levels deep, doubles 19 times); past it the variable is left as written. */
export const MAX_FILLED_LENGTH = 65_536;

/**
 * Text one conversion may fill in, in all, for each character of variable values and of distinct
 * texts it fills (on top of {@link MAX_FILLED_LENGTH}); past it variables are left as written.
 */
export const FILLED_PER_CHARACTER = 16;

const TOKEN = /\{\{([^{}]+)\}\}/g;

/** What one conversion (one variables object) has filled in so far. */
interface FillState {
  /** Each variable's value filled in with `rounds` more rounds, keyed `<rounds> <name>`. */
  memo: Map<string, string>;
  /** Each distinct text filled, as filled. */
  filled: Map<string, string>;
  /** Variables whose value names themselves, directly or through others: left as written. */
  cyclic: Set<string>;
  /** Characters of filled-in values still allowed. */
  budget: number;
}

const states = new WeakMap<Record<string, string>, FillState>();

function stateOf(variables: Record<string, string>): FillState {
  let state = states.get(variables);
  if (!state) {
    let given = 0;
    for (const name in variables) given += (variables[name] as string).length;
    state = { memo: new Map(), filled: new Map(), cyclic: cyclicVariables(variables), budget: MAX_FILLED_LENGTH + FILLED_PER_CHARACTER * given };
    states.set(variables, state);
  }
  return state;
}

/**
 * `text` with each `{{variable}}` the collection gives a value to replaced by that value, itself
 * filled in the same way, as Postman sends it: up to {@link VARIABLE_ROUNDS} levels deep. A
 * variable that names itself, directly or through others, stays as written (`{{h}}`), and so does
 * a variable without a value, or whose filled value would pass {@link MAX_FILLED_LENGTH}, or once
 * the conversion has filled in more than {@link MAX_FILLED_LENGTH} plus
 * {@link FILLED_PER_CHARACTER} times the characters of its variable values and distinct texts
 * filled: the text filled in stays linear in the collection. Each variable is filled once per
 * level and conversion (memoized), and each distinct text once, so a chain of any length costs
 * at most that many fills, and recursion never goes deeper than the rounds.
 */
export function fillVariables(text: string, variables: Record<string, string>): string {
  const state = stateOf(variables);
  let out = state.filled.get(text);
  if (out === undefined) {
    state.budget += FILLED_PER_CHARACTER * text.length;
    out = fill(text, VARIABLE_ROUNDS, variables, state);
    state.filled.set(text, out);
  }
  return out;
}

/** Whether the variable `name` has a value that names itself, directly or through others (it stays as written). */
export function namesItself(name: string, variables: Record<string, string>): boolean {
  return stateOf(variables).cyclic.has(name);
}

function fill(text: string, rounds: number, variables: Record<string, string>, state: FillState): string {
  if (rounds === 0 || !text.includes('{{')) return text;
  let out = '';
  let last = 0;
  TOKEN.lastIndex = 0;
  const tokens: [number, number, string][] = [];
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) tokens.push([m.index, TOKEN.lastIndex, variableName(m[1] as string)]);
  for (const [start, end, name] of tokens) {
    if (!Object.hasOwn(variables, name) || state.cyclic.has(name)) continue;
    const key = `${rounds} ${name}`;
    let value = state.memo.get(key);
    if (value === undefined) {
      value = fill(variables[name] as string, rounds - 1, variables, state);
      state.memo.set(key, value);
    }
    if (out.length + (start - last) + value.length > MAX_FILLED_LENGTH || value.length > state.budget) continue;
    state.budget -= value.length;
    out += text.slice(last, start) + value;
    last = end;
  }
  return out + text.slice(last);
}
