export { createRedisStore, type RedisStoreOptions, type RedisStore } from './create-redis-store.js';
export { ImgurStoreError } from './store-error.js';
export { storeKeys, type StoreKeys } from './keys.js';
