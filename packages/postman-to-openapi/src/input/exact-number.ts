/**
 * A decimal number literal's value as `<sign><digits>e<exponent>`: the significant digits without
 * leading or trailing zeros, and where the decimal point falls (zero as `0`). Two literals spell the
 * same value exactly when these are equal (`1.50` and `15e-1`).
 */
function decimalValue(literal: string): string {
  const negative = literal.charCodeAt(0) === 45;
  const body = negative ? literal.slice(1) : literal;
  const e = body.search(/[eE]/);
  const mantissa = e < 0 ? body : body.slice(0, e);
  const dot = mantissa.indexOf('.');
  const whole = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const digits = dot < 0 ? mantissa : whole + mantissa.slice(dot + 1);
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 48) first++;
  let last = digits.length;
  while (last > first && digits.charCodeAt(last - 1) === 48) last--;
  if (first === last) return '0';
  const exponent = (e < 0 ? 0 : Number(body.slice(e + 1))) + whole.length - first;
  return `${negative ? '-' : ''}${digits.slice(first, last)}e${exponent}`;
}

/**
 * Whether a JSON number literal reads as a double of exactly the value it writes, as the shortest
 * text of that double shows it: false for an integer past 2^53 that rounds (`9007199254740993`), a
 * decimal with more significant digits than a double keeps (`0.12345678901234567`), and a number
 * beyond a double's range (`1e400`, `1e-400`). A literal of at most 15 significant digits with an
 * exponent under 300 always reads exactly; callers may skip those.
 */
export function readsExactly(literal: string): boolean {
  const value = Number(literal);
  if (!Number.isFinite(value)) return false;
  const shortest = String(value);
  // The common case (`9007199254740992`, `0.5`) without taking the texts apart.
  return shortest === literal || decimalValue(literal) === decimalValue(shortest);
}

// 16 digits (a decimal point may split them) or an exponent of three digits: only a number written so can read as another value.
const LONG_NUMBER = /\d(?:\.?\d){15}|[eE][+-]?\d{3}/;

/** What reading a JSON text's numbers changes: `huge` for a number beyond a double (read as Infinity), `rounded` for one a double does not hold exactly. */
export interface NumberLoss {
  huge: boolean;
  rounded: boolean;
}

/**
 * What reading the numbers of a valid JSON text changes (see {@link readsExactly}), or undefined
 * when every number reads as written. Texts without a long run of digits or a three-digit exponent
 * are answered by one regular expression test; others by one pass over the text (strings skipped).
 */
export function numberLoss(text: string): NumberLoss | undefined {
  if (!LONG_NUMBER.test(text)) return undefined;
  let huge = false;
  let rounded = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // To the closing quote: the next quote not escaped (after an even run of backslashes).
      let close = text.indexOf('"', i + 1);
      for (; close > 0; close = text.indexOf('"', close + 1)) {
        let slashes = 0;
        while (text.charCodeAt(close - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
      }
      if (close < 0) break;
      i = close;
      continue;
    }
    if (c !== 45 && (c < 48 || c > 57)) continue;
    let end = i + 1;
    let exponent = false;
    for (let d = text.charCodeAt(end); end < n && ((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45); d = text.charCodeAt(end)) {
      if (d === 101 || d === 69) exponent = true;
      end++;
    }
    const start = i;
    i = end - 1;
    if (end - start < 16 && !exponent) continue;
    const literal = text.slice(start, end);
    if (literal.length < 16 && !/[eE][+-]?\d{3}/.test(literal)) continue;
    if (readsExactly(literal)) continue;
    if (Number.isFinite(Number(literal))) rounded = true;
    else huge = true;
  }
  return huge || rounded ? { huge, rounded } : undefined;
}

/** What a {@link NumberLoss} changed, one phrase each (`a number beyond a double is null`, ...). */
export function numberLossWords(loss: NumberLoss | undefined): string[] {
  const words: string[] = [];
  if (loss?.huge) words.push('a number beyond a double is null');
  if (loss?.rounded) words.push('a number a double does not hold exactly is rounded');
  return words;
}
