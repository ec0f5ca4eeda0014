import type { ParameterObject } from '../types.js';

/**
 * Unites the parameters of merged requests in one pass: a parameter missing from some
 * requests becomes optional (path parameters stay required), descriptions that differ are
 * joined, `x-aliases` are united. Order: first appearance.
 */
export function mergeParams(lists: ParameterObject[][], firstLabel: string): ParameterObject[] {
  // `aliases`: the united `x-aliases` of a parameter that a later request named with aliases too, sorted once at the end.
  const byKey = new Map<string, { param: ParameterObject; seen: number; descriptions: Set<string>; aliases?: Set<string> }>();
  for (const list of lists) {
    for (const p of list) {
      const key = `${p.in} ${p.name}`;
      const slot = byKey.get(key);
      if (!slot) {
        byKey.set(key, { param: { ...p }, seen: 1, descriptions: new Set(p.description ? [p.description] : []) });
        continue;
      }
      slot.seen++;
      const same = slot.param;
      if (p.description && !slot.descriptions.has(p.description)) {
        slot.descriptions.add(p.description);
        const own = same.description ?? (p['x-aliases'] ? `Named \`${same.name}\` in ${firstLabel}.` : '');
        same.description = own ? `${own} ${p.description}` : p.description;
      }
      if (p['x-aliases']) {
        if (!slot.aliases) {
          slot.aliases = new Set(same['x-aliases']);
          // Set now, so the key takes its place among the parameter's keys as it always did; filled at the end.
          same['x-aliases'] = [];
        }
        for (const alias of p['x-aliases']) slot.aliases.add(alias);
      }
    }
  }
  for (const slot of byKey.values()) if (slot.aliases) slot.param['x-aliases'] = [...slot.aliases].sort();
  return [...byKey.values()].map(({ param, seen }) =>
    param.in !== 'path' && seen < lists.length ? { ...param, required: false } : param.in === 'path' ? { ...param, required: true } : param,
  );
}
