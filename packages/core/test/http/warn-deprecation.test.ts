import { describe, expect, it } from 'vitest';
import { warnDeprecation } from '../../src/http/warn-deprecation.js';
import { createImgurClient } from '../../src/client/create-client.js';
import { stateOf } from '../../src/state/client-state.js';
import type { OperationMeta } from '../../src/types/operation-meta.js';
import type { ImgurLogEvent } from '../../src/types/log-event.js';

const meta: OperationMeta = { id: 'gallery.random', method: 'GET', path: '/3/gallery/random', security: [], envelope: true };

describe('warnDeprecation', () => {
  const cases: { name: string; meta: OperationMeta; headers: Record<string, string>; want: string | undefined }[] = [
    { name: 'Sunset', meta, headers: { Sunset: 'Sat, 01 Jan 2028 00:00:00 GMT' }, want: '(Sunset: Sat, 01 Jan 2028 00:00:00 GMT)' },
    { name: 'Deprecation and Sunset', meta, headers: { Deprecation: '@1700000000', Sunset: 'x' }, want: '(Deprecation: @1700000000; Sunset: x)' },
    { name: 'meta.deprecated', meta: { ...meta, deprecated: true }, headers: {}, want: '(per the API description)' },
    { name: 'nothing', meta, headers: {}, want: undefined },
  ];
  for (const c of cases) {
    it(`${c.name} -> ${c.want ?? 'no warning'}, once per operation and client`, () => {
      const lines: string[] = [];
      const state = stateOf(createImgurClient({ logger: { warn: (_e, l) => lines.push(l) } }));
      const events: ImgurLogEvent[] = [];
      const trace = { event: (e: ImgurLogEvent) => events.push(e), attempt: async () => '' };
      warnDeprecation(state, c.meta, new Headers(c.headers), trace);
      warnDeprecation(state, c.meta, new Headers(c.headers), trace);
      if (c.want !== undefined)
        expect(events).toEqual([expect.objectContaining({ event: 'deprecation', severity: 'warn', operation: 'gallery.random', method: 'GET', path: '/3/gallery/random' })]);
      if (c.want === undefined) expect(lines).toEqual([]);
      else expect(lines).toEqual([`gallery.random (GET /3/gallery/random) is deprecated by Imgur ${c.want}; plan a migration.`]);
    });
  }

  it('warns again for another client', () => {
    const lines: string[] = [];
    for (let i = 0; i < 2; i++) warnDeprecation(stateOf(createImgurClient({ logger: { warn: (_e, l) => lines.push(l) } })), meta, new Headers({ Sunset: 's' }));
    expect(lines).toHaveLength(2);
  });
});
