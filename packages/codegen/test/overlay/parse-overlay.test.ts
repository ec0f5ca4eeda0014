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

  it('reads YAML 1.2 core scalars: dates, yes/no and 1_000 stay strings', () => {
    const doc = parseOverlay('a.yaml', `${HEAD}actions: [{ target: $.a, update: { d: 2024-01-31, y: yes, u: 1_000, h: 0x1F, z: ~, b: True } }]`);
    expect(doc.actions[0]?.update).toEqual({ d: '2024-01-31', y: 'yes', u: '1_000', h: 31, z: null, b: true });
  });

  it('rejects an alias bomb before anything expands it', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `  l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`);
    const text = `${HEAD}x:\n  l0: &l0 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n${levels.join('\n')}\nactions: [{ target: $.a, update: *l9 }]\n`;
    expect(() => parseOverlay('bomb.yaml', text)).toThrow('bomb.yaml: more than 1000000 values once YAML aliases are expanded');
  });

  it.each([
    [`${HEAD}actions: [{ target: $.a, remove: true }]\n---\nb: 1`, /a\.yaml: not valid YAML: expected a single document/],
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
