import type { Seed } from '../types.js';

/**
 * The default seed: one client and one user with a live token pair.
 * client_id `mock-client-id`, client_secret `mock-client-secret`, redirect_uri `http://127.0.0.1/callback`;
 * user `imgur-mock-user` (id 1) with access token `mock-access-token` and refresh token `mock-refresh-token`.
 */
export const defaultSeed: Seed = {
  clients: [{ client_id: 'mock-client-id', client_secret: 'mock-client-secret', redirect_uri: 'http://127.0.0.1/callback', name: 'imgur-ts mock app' }],
  users: [{ username: 'imgur-mock-user', id: 1, access_token: 'mock-access-token', refresh_token: 'mock-refresh-token' }],
  random: 1,
};
