import { describe, expect, it } from 'vitest';
import { lastJsonLine, runScript } from './support/run-script.js';

const env = { PATH: process.env.PATH ?? '' };

describe('runScript', () => {
  it('collects stdout, stderr and the exit code, passing only the given environment', async () => {
    const code = 'console.log(JSON.stringify(Object.keys(process.env).sort())); console.error("warn"); process.exit(3)';
    const run = await runScript(process.execPath, ['-e', code], process.cwd(), { ...env, ONLY_THIS: '1' }, 10_000);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('warn\n');
    expect(lastJsonLine(run)).toEqual(['ONLY_THIS', 'PATH']);
    expect(run.ms).toBeGreaterThanOrEqual(0);
  });

  it('kills a child that outlives its timeout', async () => {
    const run = await runScript(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], process.cwd(), env, 300);
    expect(run.code).toBeNull();
    expect(run.ms).toBeLessThan(30_000);
  });

  it('rejects when the command cannot be started', async () => {
    await expect(runScript('/nonexistent/runtime', [], process.cwd(), env, 1_000)).rejects.toThrow('could not start /nonexistent/runtime');
  });
});

describe('lastJsonLine', () => {
  const table: [string, string, unknown][] = [
    ['one line', '{"a":1}\n', { a: 1 }],
    ['log lines before it', 'starting\n{"a":2}\n', { a: 2 }],
    ['no trailing newline', '[1,2]', [1, 2]],
  ];
  it.each(table)('%s', (_label, stdout, want) => {
    expect(lastJsonLine({ code: 0, stdout, stderr: '', ms: 1 })).toEqual(want);
  });

  it('throws with the output when the last line is not JSON', () => {
    expect(() => lastJsonLine({ code: 1, stdout: 'boom\n', stderr: 'trace', ms: 1 })).toThrow(/exit 1\nstdout: boom\n\nstderr: trace/);
  });
});
