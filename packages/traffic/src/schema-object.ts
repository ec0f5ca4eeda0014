import { deref } from './pointer.js';
import type { OpenApiDocument } from './types.js';

type Schema = Record<string, unknown>;

/** The properties (with their pointers) and `required` names of an object schema, merged through `allOf` and `$ref`. */
export interface ObjectShape {
  /** Property name -> its schema and JSON pointer. */
  props: Map<string, { schema: unknown; at: string }>;
  /** Names listed in `required` (own or inherited). */
  required: Set<string>;
  /** The `additionalProperties` schema (with its pointer), when it is one: what undeclared names hold. */
  extra?: { schema: unknown; at: string };
}

/** Merges an object schema's own and `allOf` properties and `required` lists. */
export function objectShape(spec: OpenApiDocument, node: unknown, at: string): ObjectShape {
  const shape: ObjectShape = { props: new Map(), required: new Set() };
  const visit = (n: unknown, p: string, depth: number) => {
    if (!isSchema(n) || depth > 16) return;
    if (isSchema(n.properties))
      for (const [k, s] of Object.entries(n.properties))
        if (!shape.props.has(k)) shape.props.set(k, { schema: s, at: `${p}/properties/${k.replace(/~/g, '~0').replace(/\//g, '~1')}` });
    if (Array.isArray(n.required)) for (const r of n.required) if (typeof r === 'string') shape.required.add(r);
    if (isSchema(n.additionalProperties) && !shape.extra) shape.extra = { schema: n.additionalProperties, at: `${p}/additionalProperties` };
    if (Array.isArray(n.allOf))
      n.allOf.forEach((m, i) => {
        const r = deref(spec, m, `${p}/allOf/${i}`);
        visit(r.node, r.pointer, depth + 1);
      });
  };
  visit(node, at, 0);
  return shape;
}

/** The component name of a `#/components/schemas/Name` pointer, if it is one. */
export function componentName(pointer: string): string | undefined {
  const m = /^#\/components\/schemas\/([^/]+)$/.exec(pointer);
  return m ? m[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

/** True for a plain object (a schema node). */
export function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
