// Redocly lint of a document with the `minimal` and the `recommended` rule sets (@redocly/openapi-core 1.34.24).
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(new URL('.', import.meta.url).pathname, 'package.json'));
const { createConfig, lintFromString } = require('@redocly/openapi-core');
const configs = {};

/** Error-level problems of a document under one rule set, as `ruleId` strings. */
export async function lintErrors(document, ruleset) {
  configs[ruleset] ??= await createConfig({ extends: [ruleset] });
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config: configs[ruleset] });
  return problems.filter((p) => p.severity === 'error').map((p) => p.ruleId);
}
