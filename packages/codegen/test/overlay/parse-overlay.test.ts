import { describe, expect, it } from 'vitest';
import { parseOverlay } from '../../src/overlay/parse-overlay.js';

const HEAD = 'overlay: 1.0.0\ninfo: { title: t, version: "1" }\n';

describe('parseOverlay', () => {
  it('reads actions, with YAML anchors resolved', () => {
    const doc = parseOverlay('a.yaml', `${HEAD}x-shared: { e: &e { $ref: '#/x' } }\nactions:\n  - target: $.paths\n    update: { a: *e }\n  - target: $.x\n    remove: true\n`);
    expect(doc.actions).toEqual([
      { target: '$.paths', update: { a: { $ref: '#/x' } } },
      { target: '$.x', remove: true },
    ]);
    expect(doc.info).toEqual({ title: 't', version: '1' });
    expect(parseOverlay('b.yaml', `${HEAD}actions: [{ target: $.a, remove: true, x-optional: true }]`).actions).toEqual([{ target: '$.a', remove: true, optional: true }]);
  });

  it.each([
    ['actions: [', /a\.yaml: not valid YAML/],
    ['- 1', /a\.yaml: an overlay must be a mapping/],
    ['overlay: 2.0.0\ninfo: { title: t, version: "1" }\nactions: [{ target: $, remove: true }]', /"overlay" must be a 1\.0\.x/],
    ['overlay: 1.0.0\nactions: [{ target: $, remove: true }]', /"info" needs/],
    [`${HEAD}actions: []`, /"actions" must be a non-empty list/],
    [`${HEAD}actions: [{ target: paths, remove: true }]`, /actions\[0\]: "target" must be a JSONPath/],
    [`${HEAD}actions: [{ target: $.a, remove: false }]`, /actions\[0\]: "remove" may only be true/],
    [`${HEAD}actions: [{ target: $.a }]`, /actions\[0\]: needs "update" or "remove: true"/],
    [`${HEAD}actions: [{ target: $.a, update: 1, update: 2 }]`, /not valid YAML/],
    [`${HEAD}actions: [{ target: $.a, remove: true, x-optional: yes please }]`, /"x-optional" must be a boolean/],
  ])('rejects %j', (text, want) => {
    expect(() => parseOverlay('a.yaml', text)).toThrow(want);
  });
});
