import { describe, expect, it } from 'vitest';
import type { ConversionWarning, RequestEntry } from '../src/types.js';
import { formatWarning, sortWarnings, warningFor } from '../src/warnings.js';

const entry: RequestEntry = { raw: {}, name: 'Random Gallery Images', folders: ['Gallery'], pointer: '/item/3/item/9', inheritedAuth: [] };
const w = (pointer: string, code: ConversionWarning['code'] = 'merged', message = 'm'): ConversionWarning => ({ code, folder: '', request: 'r', pointer, message });

describe('warnings', () => {
  it('warningFor names folder, request and pointer', () => {
    expect(warningFor(entry, 'skipped', 'request has no URL; left out', '/request/url')).toEqual({
      code: 'skipped',
      folder: 'Gallery',
      request: 'Random Gallery Images',
      pointer: '/item/3/item/9/request/url',
      message: 'request has no URL; left out',
    });
  });

  it('sorts by pointer with numeric segments, then code, then message', () => {
    const got = sortWarnings([w('/item/10'), w('/item/2/item/1'), w('/item/2', 'skipped'), w('/item/2', 'merged', 'b'), w('/item/2', 'merged', 'a')]);
    expect(got.map((x) => `${x.pointer} ${x.code} ${x.message}`)).toEqual([
      '/item/2 merged a',
      '/item/2 merged b',
      '/item/2 skipped m',
      '/item/2/item/1 merged m',
      '/item/10 merged m',
    ]);
  });

  it('formats one line for people', () => {
    expect(formatWarning(warningFor(entry, 'skipped', 'no URL'))).toBe('Gallery / Random Gallery Images (/item/3/item/9): no URL [skipped]');
  });

  it('given a 1 MB name and message -> one line of at most about 1200 characters', () => {
    const huge = { ...entry, name: 'n'.repeat(1_000_000) };
    const cut = warningFor(huge, 'skipped', `method ${'M'.repeat(1_000_000)} has no OpenAPI equivalent`);
    expect(cut.message).toBe(`method ${'M'.repeat(993)}… (1000033 characters)`);
    expect(formatWarning(cut)).toBe(`Gallery / ${'n'.repeat(190)}… (/item/3/item/9): ${cut.message} [skipped]`);
    expect(formatWarning({ ...w('/item/0'), request: 'Root' })).toBe('Root (/item/0): m [merged]');
  });
});
