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
