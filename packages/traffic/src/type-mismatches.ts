import { deref, getPointer, joinPointer, jsonType } from './pointer.js';
import { isSchema, objectShape } from './schema-object.js';
import type { Finding, JsonValue, OpenApiDocument } from './types.js';
import type { BranchChoice } from './walk-body.js';

/**
 * Values whose JSON type the schema does not allow (a string where an integer is declared, an object for a boolean),
 * found without compiling the schema: through `$ref`, object properties, array items and the `oneOf`/`anyOf` branch
 * the structural walk chose. Nulls are left to the walk (`forbidden-null`).
 */
export function typeMismatches(spec: OpenApiDocument, schema: unknown, at: string, value: JsonValue, choices: readonly BranchChoice[]): Finding[] {
  const branch = new Map(choices.map((c) => [c.instancePath, c.branchPointer]));
  const out: Finding[] = [];
  const visit = (s: unknown, p: string, v: JsonValue, here: string, depth: number): void => {
    if (depth > 64 || v === null) return;
    const { node, pointer } = deref(spec, s, p);
    if (!isSchema(node)) return;
    if (Array.isArray(node.oneOf ?? node.anyOf)) {
      const chosen = branch.get(here);
      if (chosen) visit(getPointer(spec, chosen), chosen, v, here, depth + 1);
      return;
    }
    const types = node.type === undefined ? undefined : Array.isArray(node.type) ? node.type : [node.type];
    const t = jsonType(v);
    if (types && !types.includes(t) && !(t === 'integer' && types.includes('number'))) {
      out.push({ kind: 'schema', instancePath: here, schemaPath: pointer, value: v, message: `${here || '(root)'} is ${t}, but ${pointer} allows ${types.join(' | ')}` });
      return;
    }
    if (Array.isArray(v)) {
      if (node.items !== undefined) for (const [i, item] of v.entries()) visit(node.items, `${pointer}/items`, item, joinPointer(here, i), depth + 1);
    } else if (typeof v === 'object') {
      const shape = objectShape(spec, node, pointer);
      for (const [name, item] of Object.entries(v)) {
        const prop = shape.props.get(name) ?? shape.extra;
        if (prop) visit(prop.schema, prop.at, item, joinPointer(here, name), depth + 1);
      }
    }
  };
  visit(schema, at, value, '', 0);
  return out;
}
