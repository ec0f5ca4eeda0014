/** Unicode bidirectional controls, which can make code read differently from how it runs ("Trojan Source"). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A TypeScript/JavaScript string literal for any text: JSON-escaped, and with
 * U+2028/U+2029, bidirectional controls and `<` escaped too, so the text can never
 * end the literal, a comment or an enclosing HTML script element, nor reorder
 * how the surrounding code is displayed.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/</g, '\\u003c');
}

/** A property key: bare when it is an identifier name, otherwise a string literal. */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : stringLiteral(key);
}

/**
 * Spec text made safe for JSDoc: split into lines, control characters and
 * bidirectional controls dropped, `*​/` broken up so it cannot close the comment,
 * `</` written `<\/` so it cannot close an enclosing HTML script element, and `@`
 * at a word start replaced by a full-width `＠` so the text cannot start a JSDoc tag.
 */
export function jsdocText(text: string): string[] {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(BIDI, '')
    .replace(/\*\//g, '*\\/')
    .replace(/<\//g, '<\\/')
    .replace(/(^|[\s{])@/gm, '$1\uFF20')
    .split('\n')
    .map((line) => line.trimEnd());
}

/** One JSDoc tag: `@name text`; the text is escaped like any spec text. */
export interface DocTag {
  readonly name: string;
  readonly text?: string;
}

/**
 * A JSDoc block from paragraphs of spec text and tags, at `indent`.
 * Returns '' when there is nothing to say.
 */
export function jsdoc(paragraphs: readonly string[], tags: readonly DocTag[] = [], indent = ''): string {
  const body: string[] = [];
  for (const p of paragraphs) {
    const lines = jsdocText(p.trim());
    if (lines.join('') === '') continue;
    if (body.length > 0) body.push('');
    body.push(...lines);
  }
  for (const t of tags) {
    if (!/^[a-z]+$/.test(t.name)) throw new Error(`invalid JSDoc tag name ${JSON.stringify(t.name)}`);
    const [first = '', ...rest] = t.text === undefined ? [''] : jsdocText(t.text.trim());
    body.push(`@${t.name}${first ? ` ${first}` : ''}`, ...rest);
  }
  if (body.length === 0) return '';
  const star = (l: string) => (l === '' ? `${indent} *` : `${indent} * ${l}`);
  return `${[`${indent}/**`, ...body.map(star), `${indent} */`].join('\n')}\n`;
}
