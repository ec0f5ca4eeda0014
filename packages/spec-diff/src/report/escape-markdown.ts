/**
 * Escapes the characters that would turn a sentence into markup in a markdown
 * report or changelog (emphasis, code spans, links, HTML, strikethrough).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~]/g, (c) => `\\${c}`);
}
