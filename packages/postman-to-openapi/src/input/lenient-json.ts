/**
 * Rewrites JSON as Postman users write it into strict JSON text, in one linear pass:
 * `//` and `/* *\/` comments outside strings are dropped, a comma before `}` or `]` is
 * dropped, and a `{{variable}}` outside strings becomes the variable's value when that value
 * is a JSON number, boolean, null, object or array (what Postman would send), a sample
 * number or boolean for Postman's numeric and boolean dynamic variables (`{{$randomInt}}`,
 * `{{$timestamp}}`, `{{$randomBoolean}}`, ...), else the string `"{{variable}}"` (a text
 * value is never copied: it may be a secret). `used.samples` is set when a dynamic variable's sample was put in.
 */
export function strictJsonText(text: string, variables: Record<string, string> = {}, used: { samples: boolean } = { samples: false }): string {
  // Text kept as written is copied in runs (from `kept` to `i`), not character by character.
  let out = '';
  let kept = 0;
  let i = 0;
  const n = text.length;
  // Searches ahead remember what they found, so a run of unclosed `{{` is read once, not once per `{{`.
  const close = new NextFrom((from) => text.indexOf('}}', from));
  const special = new NextFrom((from) => {
    const found = /[{}"]/g;
    found.lastIndex = from;
    return found.exec(text)?.index ?? -1;
  });
  while (i < n) {
    const c = text[i] as string;
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      out += text.slice(kept, i);
      while (i < n && text[i] !== '\n') i++;
      kept = i;
    } else if (c === '/' && text[i + 1] === '*') {
      out += text.slice(kept, i);
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      kept = i;
    } else if (c === '{' && text[i + 1] === '{') {
      const end = close.at(i + 2);
      const stop = special.at(i + 2);
      if (end < 0 || (stop >= 0 && stop < end)) {
        i++;
        continue;
      }
      out += text.slice(kept, i) + variableJson(text.slice(i + 2, end).trim(), variables, used);
      i = end + 2;
      kept = i;
    } else if (c === ',') {
      const next = text[skipBlank(text, i + 1)];
      if (next === '}' || next === ']') {
        out += text.slice(kept, i);
        kept = i + 1;
      }
      i++;
    } else i++;
  }
  return out + text.slice(kept, i);
}

/**
 * The first index at or after a position where `find` finds something (-1: nowhere), for
 * positions asked in increasing order: an answer still ahead of the position is reused.
 */
class NextFrom {
  private from = Number.POSITIVE_INFINITY;
  private found = -1;

  constructor(private readonly find: (from: number) => number) {}

  at(position: number): number {
    if (position < this.from || (this.found >= 0 && this.found < position)) {
      this.from = position;
      this.found = this.find(position);
    }
    return this.found;
  }
}

/** The index of the next character that is neither white space nor inside a comment. */
function skipBlank(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    if (/\s/.test(text[j] as string)) j++;
    else if (text.startsWith('//', j)) {
      const end = text.indexOf('\n', j);
      j = end < 0 ? text.length : end + 1;
    } else if (text.startsWith('/*', j)) {
      const end = text.indexOf('*/', j + 2);
      j = end < 0 ? text.length : end + 2;
    } else break;
  }
  return j;
}

/**
 * Postman's dynamic variables whose value is always a JSON number or boolean (as the
 * `postman-collection` library generates them), each with a sample of that value: unquoted in
 * a JSON body, Postman sends a number or a boolean. Others (`$guid`, `$randomBankAccount`,
 * whose digits may start with 0) are text.
 */
const DYNAMIC_SAMPLES: Readonly<Record<string, string>> = {
  $timestamp: '1562757107',
  $randomInt: '802',
  $randomBoolean: 'true',
  $randomLatitude: '58.6575',
  $randomLongitude: '-179.3937',
  $randomPrice: '309.51',
};

function variableJson(name: string, variables: Record<string, string>, used: { samples: boolean }): string {
  if (!Object.hasOwn(variables, name) && Object.hasOwn(DYNAMIC_SAMPLES, name)) {
    used.samples = true;
    return DYNAMIC_SAMPLES[name] as string;
  }
  const value = Object.hasOwn(variables, name) ? variables[name]?.trim() : undefined;
  if (value !== undefined && value !== '') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed !== 'string') return value;
    } catch {
      // a text value: sent as a string below
    }
  }
  return JSON.stringify(`{{${name}}}`);
}
