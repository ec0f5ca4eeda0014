import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { RecordedResponse } from './record-responses.js';

/** `spec/openapi.json` of the repository (what the SDK and `spec:check-traffic` read). */
export const repoSpec = JSON.parse(readFileSync(new URL('../../../spec/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};

const pointer = (...keys: string[]): string => keys.map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * Validates recorded answers against the response schemas of `spec/openapi.json` with Ajv (JSON Schema 2020-12,
 * ajv-formats), independently of the mock's own validator; returns one line per failure (empty when all pass).
 */
export function checkResponses(doc: typeof repoSpec, recorded: readonly RecordedResponse[]): string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  formats.default(ajv);
  ajv.addSchema({ ...doc, $id: 'https://imgur-ts.invalid/openapi.json' });
  const failures: string[] = [];
  for (const r of recorded) {
    const responses = (doc.paths[r.path]?.[r.method.toLowerCase()] as { responses?: Record<string, { content?: Record<string, unknown> }> } | undefined)?.responses;
    const declared = responses?.[String(r.status)] ?? responses?.[`${String(r.status)[0]}XX`] ?? responses?.default;
    const media = declared?.content ? Object.keys(declared.content).find((t) => t.includes('json')) : undefined;
    if (!declared || media === undefined) {
      failures.push(`${r.method} ${r.path}: status ${r.status} has no JSON response in the spec`);
      continue;
    }
    const code = responses?.[String(r.status)] ? String(r.status) : responses?.[`${String(r.status)[0]}XX`] ? `${String(r.status)[0]}XX` : 'default';
    const validate = ajv.getSchema(`https://imgur-ts.invalid/openapi.json#/${pointer('paths', r.path, r.method.toLowerCase(), 'responses', code, 'content', media, 'schema')}`);
    if (!validate) {
      failures.push(`${r.method} ${r.path}: no schema for ${r.status}`);
      continue;
    }
    if (!validate(r.body)) {
      const errs = (validate.errors ?? [])
        .slice(0, 3)
        .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`)
        .join('; ');
      failures.push(`${r.method} ${r.path} ${r.status}: ${errs}`);
    }
  }
  return failures;
}
