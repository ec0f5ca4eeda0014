/** A value from the input as it may appear in a message: JSON-quoted (control characters escaped), cut to `max` characters. */
export function quote(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return `${JSON.stringify(cut)}${value.length > max ? ` (${value.length} characters)` : ''}`;
}
