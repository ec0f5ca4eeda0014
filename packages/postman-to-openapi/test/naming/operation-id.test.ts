import { describe, expect, it } from 'vitest';
import { operationId, operationName, uniqueIds } from '../../src/naming/operation-id.js';
import type { HttpMethod } from '../../src/types.js';

describe('operationName: the documented rule', () => {
  const cases: [string, HttpMethod, string][] = [
    ['Album Images', 'get', 'getAlbumImages'],
    ['Account Base', 'get', 'getAccountBase'],
    ['Comment Creation', 'post', 'createComment'],
    ['Album Deletion (Un-Authed)', 'delete', 'deleteAlbum'],
    ['Album Deletion (Authed)', 'delete', 'deleteAlbum'],
    ['Image Upload', 'post', 'uploadImage'],
    ['Album / Image Voting', 'post', 'voteAlbumImage'],
    ['Account Block Delete', 'delete', 'deleteAccountBlock'],
    ['Generate Access Token', 'post', 'generateAccessToken'],
    ["Verify User's E-mail", 'get', 'verifyUsersEMail'],
    ['Share with Community (Image)', 'post', 'shareWithCommunityImage'],
    ['Account Delete (me)', 'post', 'deleteAccountMe'],
    ['Update Album (Un-Authed / Authed)', 'put', 'updateAlbum'],
    ['Favorite Album', 'post', 'favoriteAlbum'],
    ['Album', 'put', 'updateAlbum'],
    ['Pets', 'delete', 'deletePets'],
    ['(Authed)', 'get', 'get'],
    ['***', 'post', 'create'],
  ];
  it.each(cases)('given %j %s -> %s', (name, method, want) => {
    expect(operationName(name, method)).toBe(want);
  });
});

describe('operationId', () => {
  it.each<[string[], string, HttpMethod, string]>([
    [['Album'], 'Album Images', 'get', 'album.getAlbumImages'],
    [['Account'], 'Image Deletion', 'delete', 'account.deleteImage'],
    [['Image'], 'Image Deletion (Authed)', 'delete', 'image.deleteImage'],
    [['Pets', 'Nested Things'], 'Get Pet', 'get', 'pets.nestedThings.getPet'],
    [[], 'Health', 'get', 'getHealth'],
  ])('given folders %j and %j (%s) -> %s', (folders, name, method, want) => {
    expect(operationId(folders, name, method)).toBe(want);
  });
});

describe('uniqueIds', () => {
  it('keeps the first, suffixes repeats in order', () => {
    expect(uniqueIds(['a.b', 'a.b', 'c', 'a.b'])).toEqual(['a.b', 'a.b2', 'c', 'a.b3']);
  });
  it('never produces a duplicate even when a suffixed id already exists', () => {
    const got = uniqueIds(['x', 'x2', 'x', 'x']);
    expect(new Set(got).size).toBe(got.length);
  });
  it('gives each repeat the lowest free suffix', () => {
    expect(uniqueIds(['x', 'x', 'x2', 'x', 'x3', 'x'])).toEqual(['x', 'x2', 'x22', 'x3', 'x32', 'x4']);
  });
});
