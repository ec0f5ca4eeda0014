import { createConfig, lintFromString } from '@redocly/openapi-core';

let config: Awaited<ReturnType<typeof createConfig>> | undefined;

/** Lints an OpenAPI document with Redocly's spec rules; returns the error messages (empty = valid). */
export async function openApiErrors(document: unknown): Promise<string[]> {
  config ??= await createConfig({
    extends: ['minimal'],
    rules: {
      struct: 'error',
      'no-identical-paths': 'error',
      'path-parameters-defined': 'error',
      'operation-operationId-unique': 'error',
      'operation-parameters-unique': 'error',
      'security-defined': 'error',
      'no-unresolved-refs': 'error',
      'no-enum-type-mismatch': 'error',
      'no-path-trailing-slash': 'off',
      'no-ambiguous-paths': 'off',
    },
  });
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
}

let recommended: Awaited<ReturnType<typeof createConfig>> | undefined;

/** Error-level problems under Redocly's `recommended` rule set, as `ruleId: message at pointer` lines. */
export async function recommendedErrors(document: unknown): Promise<string[]> {
  // no-path-trailing-slash is off: a path written with a trailing slash and no twin without it
  // is kept as the collection sends it (servers such as Brightspace's distinguish the two).
  recommended ??= await createConfig({ extends: ['recommended'], rules: { 'no-path-trailing-slash': 'off' } });
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config: recommended });
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
}
