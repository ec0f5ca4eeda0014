import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/classify/rules.js';
import type { ChangeKind } from '../../src/types.js';

// Every kind listed once; the Record type makes a missing kind a compile error.
const KINDS: Record<ChangeKind, true> = {
  'operation.added': true,
  'operation.removed': true,
  'operation.moved': true,
  'operation.deprecated': true,
  'parameter.added.optional': true,
  'parameter.added.required': true,
  'parameter.removed': true,
  'parameter.made-required': true,
  'parameter.made-optional': true,
  'parameter.type-changed': true,
  'request-body.added.optional': true,
  'request-body.added.required': true,
  'request-body.removed': true,
  'request-body.made-required': true,
  'request-body.made-optional': true,
  'response.added': true,
  'response.removed': true,
  'field.added.optional': true,
  'field.added.required': true,
  'field.removed': true,
  'field.type-changed': true,
  'field.made-required': true,
  'field.made-optional': true,
  'enum.value-added': true,
  'enum.value-removed': true,
  'model.added': true,
  'model.removed': true,
  'security.alternative-added': true,
  'security.alternative-removed': true,
  'security.scheme-changed': true,
  'description.changed': true,
};

describe('RULES', () => {
  it('has exactly one row per change kind', () => {
    expect(RULES.map((r) => r.kind).sort()).toEqual(Object.keys(KINDS).sort());
  });

  it('follows the general rule: removed or newly required → major, added → minor, description → patch', () => {
    for (const r of RULES) {
      if (/removed|added\.required|made-required/.test(r.kind)) expect([r.kind, r.request]).toEqual([r.kind, 'major']);
      if (/\.added(\.optional)?$/.test(r.kind) && r.kind !== 'enum.value-added') expect([r.kind, r.response]).toEqual([r.kind, 'minor']);
    }
    expect(RULES.find((r) => r.kind === 'description.changed')).toMatchObject({ request: 'patch', response: 'patch' });
  });

  it('is the table printed in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = readme.split('\n').filter((l) => /^\| `[a-z.-]+` \| (major|minor|patch) \|/.test(l));
    const parsed = rows.map((l) => {
      const [kind = '', request, response, why] = l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim());
      return { kind: kind.replace(/`/g, ''), request, response, why };
    });
    expect(parsed).toEqual(RULES.map((r) => ({ ...r })));
  });
});
