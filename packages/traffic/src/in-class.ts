import type { FieldClass } from './policy-types.js';

/** Whether a field belongs to a class: named in its `fields`, or matched by its `pattern`. */
export function inClass(c: FieldClass, field: string): boolean {
  return c.fields.includes(field) || (c.pattern !== undefined && new RegExp(c.pattern).test(field));
}
