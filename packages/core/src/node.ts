// Opt-in Node.js helpers (`@imgur-ts/core/node`); never imported by the main entry point.
export { fileFromPath } from './upload/file-from-path.js';
