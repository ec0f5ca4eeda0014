import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyOverlays, parseOverlay } from '@imgur-ts/codegen';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkExchanges, readInputs, runCli } from '../src/index.js';
import { spec } from './fixture-spec.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'traffic-cli-'));
  mkdirSync(join(root, 'spec', 'traffic', 'src'), { recursive: true });
  writeFileSync(join(root, 'spec', 'openapi.json'), JSON.stringify(spec));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const put = (name: string, body: unknown, extra: Record<string, unknown> = {}) =>
  writeFileSync(
    join(root, 'spec', 'traffic', 'src', `${name}.json`),
    JSON.stringify({
      source: { kind: 'issue', url: 'https://example.test' },
      year: 2024,
      capture: 'captured',
      method: 'GET',
      path: '/3/image/{imageHash}',
      status: 200,
      body,
      ...extra,
    }),
  );
const run = (...argv: string[]) => {
  let out = '';
  let err = '';
  const code = runCli(argv, { root, cwd: root, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err, last: out.trimEnd().split('\n').at(-1) };
};

describe('spec:check-traffic', () => {
  it('exits 0 when every body passes, with the summary as the last line', () => {
    put('good', { data: { id: 'a', title: null }, success: true, status: 200 });
    const r = run();
    expect(r.code).toBe(0);
    expect(r.last).toMatch(/^1 bodies checked: 1 passed, 0 failed, 0 allowlisted;/);
  });

  it('exits 1 on failures and lists each failing body with its findings', () => {
    put('bad', { data: { title: 't', hls: 'u', ad_type: null }, success: true, status: 200 });
    const r = run();
    expect(r.code).toBe(1);
    expect(r.out).toContain(`FAIL ${join('spec', 'traffic', 'src', 'bad.json')}  GET /3/image/{imageHash} 200`);
    expect(r.out).toMatch(/missing +\/data: `id` required by #\/components\/schemas\/Image/);
    expect(r.out).toMatch(/undeclared \/data\/hls = "u"/);
    expect(r.out).toMatch(/null +\/data\/ad_type is null: `ad_type` of #\/components\/schemas\/Image/);
  });

  it('checks a model-addressed body against its model: passes, or fails naming the file, model and field; bad shape is bad input', () => {
    const legacy = { path: '/3/topics/defaults', model: 'Image', shape: 'envelope-list' };
    put('topics', { data: [{ id: 'a', title: null }], success: true, status: 200 }, legacy);
    expect(run().code).toBe(0);
    put('topics', { data: [{ id: 'a', title: 5 }], success: true, status: 200 }, legacy);
    const bad = run();
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`FAIL ${join('spec', 'traffic', 'src', 'topics.json')}  GET /3/topics/defaults 200 as Image (envelope-list)`);
    expect(bad.out).toContain('/data/0/title must be string,null (schema #/components/schemas/Image/properties/title/type)');
    put('topics', { data: [] }, { ...legacy, model: 'Topc' });
    expect(run().out).toContain('no model `Topc` in #/components/schemas of the spec');
    put('topics', { data: [] }, { ...legacy, shape: 'list' });
    const input = run();
    expect(input.code).toBe(2);
    expect(input.err).toContain(`${join('spec', 'traffic', 'src', 'topics.json')}#/shape: expected "envelope"`);
  });

  it('honours the allowlist next to the corpus, by path relative to it', () => {
    put('bad', { data: {}, success: true, status: 200 });
    writeFileSync(join(root, 'spec', 'traffic', 'allowlist.json'), JSON.stringify({ 'src/bad.json': 'a known quirk' }));
    const r = run();
    expect(r.code).toBe(0);
    expect(r.last).toMatch(/0 passed, 0 failed, 1 allowlisted/);
  });

  it('exits 2 with the file and position on bad input, and on bad arguments', () => {
    writeFileSync(join(root, 'spec', 'traffic', 'src', 'broken.json'), '{\n  "year": 2024,\n  oops\n}');
    const r = run();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^spec:check-traffic: ${join('spec', 'traffic', 'src', 'broken.json').replace(/\./g, '\\.')}:3:3: invalid JSON`));
    expect(run('--overlay').code).toBe(2);
    expect(run('--frobnicate').err).toContain('unknown option --frobnicate');
    writeFileSync(join(root, 'spec', 'traffic', 'allowlist.json'), '{"x": ""}');
    rmSync(join(root, 'spec', 'traffic', 'src', 'broken.json'));
    expect(run().err).toContain('allowlist.json#/x: every allowlisted body needs a reason');
  });

  it('--overlay writes an Overlay 1.0 document that, applied, leaves no field findings', async () => {
    put('a', { data: { title: 't', hls: 'u', processing: { status: 'done' }, ad_type: null }, success: true, status: 200 });
    put('b', { data: { id: 'b', title: 't', ad_type: null, tags: [{ name: 'x', accent: 'f00', name2: null }] }, success: true, status: 200 });
    put('c', { errors: [{ id: 'i', code: '429', status: 'Too Many Requests', detail: 'Too Many Requests' }] }, { status: 429, method: 'POST', path: null });
    const r = run('--overlay', 'proposed.yaml');
    expect(r.code).toBe(1);
    const yaml = readFileSync(join(root, 'proposed.yaml'), 'utf8');
    expect(yaml).toMatch(/^# Proposed by `pnpm spec:check-traffic --overlay`/);
    expect(existsSync(join(root, 'proposed.yaml.tmp'))).toBe(false);
    const fixed = await applyOverlays(spec as never, [parseOverlay('proposed.yaml', yaml)]);
    const after = checkExchanges(readInputs(['spec/traffic'], root), fixed as never);
    expect(after.summary).toMatchObject({ failed: 0, undeclared: 0, missingRequired: 0, forbiddenNull: 0 });
    expect((fixed as { components: { schemas: { Image: { required: string[] } } } }).components.schemas.Image.required).toEqual(['title']);
  });

  it('applies the policy next to the corpus: disagreements exit 1, --loso adds the generalisation figures', () => {
    put('good', { data: { id: 'a', title: null }, success: true, status: 200 });
    const identity = { Image: ['id'], Tag: ['name'], GalleryAlbum: ['id', 'images_count'], ErrorEnvelope: ['data', 'success', 'status'] };
    const policy = { legacyBefore: 2018, conditional: [], siblings: [], identity, discriminators: { GalleryAlbum: ['is_album'] }, nullClasses: [], numericStringClasses: [] };
    writeFileSync(join(root, 'spec', 'traffic', 'policy.json'), JSON.stringify(policy));
    const r = run('--loso');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^POLICY required-without-evidence +Image\.title is required, but not an identity field$/m);
    expect(r.out).toContain('evidence policy (spec/traffic/policy.json): 1 disagreement(s)');
    expect(r.out).toContain('leave-one-source-out over 1 sources (1 bodies; allowlisted bodies left out):');
    expect(r.out).toMatch(/ {2}per-body fitting: 0 of 1 bodies fail when their source is held out\n {2}evidence policy: 0 of 1 bodies fail/);
    writeFileSync(join(root, 'spec', 'traffic', 'policy.json'), JSON.stringify({ ...policy, identity: { ...identity, Image: ['id', 'title'] } }));
    expect(run().code).toBe(0);
  });

  it('exits 2 naming the member of a malformed policy', () => {
    put('good', { data: { id: 'a', title: null }, success: true, status: 200 });
    writeFileSync(
      join(root, 'spec', 'traffic', 'policy.json'),
      JSON.stringify({ legacyBefore: 2018, conditional: [], siblings: [], identity: {}, discriminators: {}, nullClasses: [{ name: 'x' }], numericStringClasses: [] }),
    );
    const r = run();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/policy\.json#\/nullClasses\/0: expected a class \{ name, fields: string\[\], reason \}/);
    expect(run('--policy', 'nowhere.json').err).toMatch(/nowhere\.json: cannot read the evidence policy/);
  });
});
