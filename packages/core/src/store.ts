// `@imgur-ts/core/store`: state shared among clients and processes (token refresh, credit budget); never imported by the main entry point, so apps without a store bundle none of it.
export type * from './types/store.js';
export type * from './store/types.js';
export { createSharedStore, type SharedStoreOptions } from './store/create-shared-store.js';
export { createMemoryStore, createMemoryBackend } from './store/memory-store.js';
