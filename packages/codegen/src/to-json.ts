/** Deterministic JSON text: two-space indent, insertion order (the inputs are ordered), trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
