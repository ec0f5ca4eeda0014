// The entry point in browsers (the `browser` export condition): everything of
// the main entry, with a `createImgurClient` whose fetch transport refuses
// redirects (a browser hides their targets) instead of following them.
export * from './index.js';
export { createImgurClient } from './client/create-client-browser.js';
