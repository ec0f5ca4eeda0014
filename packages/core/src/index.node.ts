// The entry point on Node (the `node` export condition): everything of the
// main entry, with a `createImgurClient` whose default transport is
// node:http/node:https instead of fetch.
export * from './index.js';
export { createImgurClient } from './client/create-client-node.js';
