class Token {
  constructor(readonly text: string) {}
}

/**
 * JSON text of a value of any nesting depth (JSON.stringify overflows the call stack on
 * very deep values). Own `__proto__` keys are written like any other key.
 */
export function jsonText(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v instanceof Token) out.push(v.text);
    else if (Array.isArray(v)) {
      out.push('[');
      stack.push(new Token(']'));
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push(v[i] === undefined ? null : v[i]);
        if (i > 0) stack.push(new Token(','));
      }
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      out.push('{');
      stack.push(new Token('}'));
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push((v as Record<string, unknown>)[key]);
        stack.push(new Token(`${JSON.stringify(key)}:`));
        if (i > 0) stack.push(new Token(','));
      }
    } else out.push(JSON.stringify(v) ?? 'null');
  }
  return out.join('');
}
