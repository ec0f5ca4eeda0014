import type { Evidence, FieldEvidence } from './policy-types.js';

/** The evidence of several corpora together (e.g. of every source but one), without changing the parts. */
export function mergeEvidence(parts: readonly Evidence[]): Evidence {
  const out: Evidence = new Map();
  for (const part of parts)
    for (const [model, m] of part) {
      let into = out.get(model);
      if (!into) {
        into = { objects: 0, sources: new Set(), lastYear: 0, sourceYears: new Map(), fields: new Map() };
        out.set(model, into);
      }
      into.objects += m.objects;
      for (const s of m.sources) into.sources.add(s);
      into.lastYear = Math.max(into.lastYear, m.lastYear);
      for (const [s, y] of m.sourceYears) into.sourceYears.set(s, Math.max(into.sourceYears.get(s) ?? 0, y));
      for (const [name, f] of m.fields) into.fields.set(name, addField(into.fields.get(name), f));
    }
  return out;
}

function addField(a: FieldEvidence | undefined, b: FieldEvidence): FieldEvidence {
  const union = (x: Set<string> | undefined, y: Set<string>) => new Set([...(x ?? []), ...y]);
  return {
    present: (a?.present ?? 0) + b.present,
    absent: (a?.absent ?? 0) + b.absent,
    lastYear: Math.max(a?.lastYear ?? 0, b.lastYear),
    nulls: (a?.nulls ?? 0) + b.nulls,
    numericStrings: (a?.numericStrings ?? 0) + b.numericStrings,
    presentSources: union(a?.presentSources, b.presentSources),
    absentSources: union(a?.absentSources, b.absentSources),
    nullSources: union(a?.nullSources, b.nullSources),
    numericStringSources: union(a?.numericStringSources, b.numericStringSources),
  };
}
