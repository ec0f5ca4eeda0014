import { describe, expect, test } from 'vitest';
import { defaultSeed } from '../../src/admin/seed.js';
import { parseSeed } from '../../src/admin/seed-parse.js';

const client = { client_id: 'c', client_secret: 's', redirect_uri: 'http://127.0.0.1/' };
const user = { username: 'u', id: 1, access_token: 'a', refresh_token: 'r' };

test('the default seed is valid and round-trips', () => {
  expect(parseSeed(defaultSeed)).toEqual(defaultSeed);
});

describe('parseSeed rejects bad seeds naming the field', () => {
  const cases: [unknown, string][] = [
    [null, 'seed: expected an object with "clients" and "users"'],
    [{ clients: {}, users: [] }, 'seed: clients must be an array'],
    [{ clients: [1], users: [] }, 'seed: clients[0] must be an object'],
    [{ clients: [{ ...client, redirect_uri: '' }], users: [] }, 'seed: clients[0].redirect_uri must be a non-empty string'],
    [{ clients: [client], users: [{ ...user, id: 1.5 }] }, 'seed: users[0].id must be a positive integer'],
    [{ clients: [client], users: [user, { ...user, refresh_token: 3 }] }, 'seed: users[1].refresh_token must be a non-empty string'],
    [{ clients: [client], users: [], random: 'x' }, 'seed: random must be a number'],
  ];
  test.each(cases)('%j', (given, message) => expect(() => parseSeed(given)).toThrow(message));
});

test('optional fields are kept, unknown ones dropped', () => {
  expect(parseSeed({ clients: [{ ...client, name: 'App', extra: 1 }], users: [{ ...user, email: 'e@x', bio: 'b', client_id: 'c' }], random: 5 })).toEqual({
    clients: [{ ...client, name: 'App' }],
    users: [{ ...user, email: 'e@x', bio: 'b', client_id: 'c' }],
    random: 5,
  });
});
