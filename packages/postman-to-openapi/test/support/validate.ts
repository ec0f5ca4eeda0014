import { createConfig, lintFromString } from '@redocly/openapi-core';
import { createConfig as createConfig2, lintFromString as lintFromString2 } from 'redocly-openapi-core-2';

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
      'no-path-trailing-slash': 'error',
      'no-ambiguous-paths': 'off',
    },
  });
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
}

let recommended: Awaited<ReturnType<typeof createConfig>> | undefined;

/** Error-level problems under Redocly's `recommended` rule set, as `ruleId: message at pointer` lines. */
export async function recommendedErrors(document: unknown): Promise<string[]> {
  // Every rule as Redocly sets it, no-path-trailing-slash included: a path the collection only writes
  // with a trailing slash is written without it and marked `x-postman-trailing-slash`.
  recommended ??= await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config: recommended });
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
}

let recommended2: Awaited<ReturnType<typeof createConfig2>> | undefined;

/** Error-level problems under Redocly 2's `recommended` rule set (it reads member names such as `constructor` as names). */
export async function recommendedErrors2(document: unknown): Promise<string[]> {
  recommended2 ??= await createConfig2({ extends: ['recommended'] });
  const problems = await lintFromString2({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config: recommended2 });
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
}
