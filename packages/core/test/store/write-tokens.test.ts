import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../src/store.js';
import type { ImgurStoreBackend } from '../../src/store/types.js';
import type { StoredTokens } from '../../src/types/store.js';
import { writeTokens } from '../../src/store/write-tokens.js';

const next = { accessToken: 'a2', refreshToken: 'r2' };

/** A backend whose compare-and-set answers `cas` in turn and whose reads answer `reads` in turn. */
function scripted(cas: boolean[], reads: (StoredTokens | undefined)[]): ImgurStoreBackend {
  return { ...createMemoryBackend(), compareAndSetTokens: async () => cas.shift()!, getTokens: async () => reads.shift() };
}

describe('writeTokens', () => {
  it('given -> want', async () => {
    const backend = createMemoryBackend();
    await backend.setTokens({ accessToken: 'a1', refreshToken: 'r1' });
    expect(await writeTokens(backend, 'a1', next)).toBeUndefined(); // replaced the pair it refreshed
    expect(await writeTokens(backend, 'a1', { accessToken: 'a3' })).toEqual(next); // another writer's newer pair wins
    expect(await writeTokens(backend, 'a1', next)).toBeUndefined(); // a write that already landed (timed out, then executed) counts as stored
    expect(await writeTokens(backend, null, { accessToken: 'a4' })).toBeUndefined(); // null: replaces whatever is stored
    expect(await backend.getTokens()).toEqual({ accessToken: 'a4' });
    expect(await writeTokens(scripted([false, true], [undefined]), 'a1', next)).toBeUndefined(); // emptied between the two commands: written on the second try
    await expect(writeTokens(scripted([false, false], [undefined, undefined]), 'a1', next)).rejects.toThrow('the stored tokens changed during the write');
  });
});
