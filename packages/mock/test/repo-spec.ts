import { readFileSync } from 'node:fs';

/** `spec/openapi.json` of the repository (what the SDK and `spec:check-traffic` read). */
export const repoSpec = JSON.parse(readFileSync(new URL('../../../spec/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};
