export { rehearse, BREAKING_EDIT, PATCH_EDIT, type RehearsalReport, type RehearseOptions, type Round, type ConsumerResult } from './rehearse.js';
export { startRegistry, verdaccioBin, type LocalRegistry } from './registry.js';
export { verdaccioConfig, type VerdaccioPaths } from './verdaccio-config.js';
export { addRegistryUser, type RegistryUser } from './registry-user.js';
export { publishEnv, writePublishNpmrc, PROVENANCE_PROVIDER_VARS } from './publish-env.js';
export { formatPublished, formatBytes } from './format-report.js';
export type { PublishedVersion } from './published.js';
