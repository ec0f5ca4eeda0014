import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/http/progress-reporter.js';
import type { ClientState } from '../../src/state/client-state.js';
import type { UploadProgress } from '../../src/types/upload-progress.js';
import type { OperationMeta } from '../../src/types/operation-meta.js';

const meta: OperationMeta = { id: 'x.post', method: 'POST', path: '/x', security: [], envelope: true };
const stateWith = (error?: (line: string) => void) =>
  ({ logger: { error: (_e: unknown, m: string) => error?.(m) }, logRank: 0, retired: [], accessToken: 'tok-0123456789' }) as unknown as ClientState;

describe('progressReporter', () => {
  it('is undefined without onProgress', () => {
    expect(progressReporter(stateWith(), meta, undefined)).toBeUndefined();
  });

  it('adds a whole percentage: rounded down, 100 only when all is sent, 100 for an empty body, undefined while the size is unknown', () => {
    const events: UploadProgress[] = [];
    const report = progressReporter(stateWith(), meta, (e) => events.push(e))!;
    report(999, 1000);
    report(1000, 1000);
    report(0, 0);
    report(5, undefined);
    expect(events.map((e) => e.percent)).toEqual([99, 100, 100, undefined]);
  });

  it('catches a throwing onProgress, stops calling it, and reports it once to the logger as callback-failed (redacted)', () => {
    const lines: string[] = [];
    let calls = 0;
    const report = progressReporter(
      stateWith((l) => lines.push(l)),
      meta,
      () => {
        calls++;
        throw new Error('bad tok-0123456789');
      },
    )!;
    expect(() => {
      report(1, 10);
      report(10, 10);
    }).not.toThrow();
    expect(calls).toBe(1);
    expect(lines).toEqual(['POST /x (x.post): onProgress threw: bad [redacted]']);
  });

  it('reports a thrown non-Error, and survives a logger that throws too', () => {
    const lines: string[] = [];
    progressReporter(
      stateWith((l) => lines.push(l)),
      meta,
      () => {
        throw 'plain string';
      },
    )!(1, 1);
    expect(lines[0]).toMatch(/: plain string$/);
    const report = progressReporter(
      stateWith(() => {
        throw new Error('logger gone');
      }),
      meta,
      () => {
        throw new Error('bar gone');
      },
    )!;
    expect(() => report(1, 1)).not.toThrow();
  });
});
