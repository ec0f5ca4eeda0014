import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/http/progress-reporter.js';
import type { ClientState } from '../../src/state/client-state.js';
import type { UploadProgress } from '../../src/types/upload-progress.js';

const stateWith = (warn?: (line: string) => void) => ({ logger: { warn }, retired: [], accessToken: 'tok-0123456789' }) as unknown as ClientState;

describe('progressReporter', () => {
  it('is undefined without onProgress', () => {
    expect(progressReporter(stateWith(), 'POST /x', undefined)).toBeUndefined();
  });

  it('adds a whole percentage: rounded down, 100 only when all is sent, 100 for an empty body, undefined while the size is unknown', () => {
    const events: UploadProgress[] = [];
    const report = progressReporter(stateWith(), 'POST /x', (e) => events.push(e))!;
    report(999, 1000);
    report(1000, 1000);
    report(0, 0);
    report(5, undefined);
    expect(events.map((e) => e.percent)).toEqual([99, 100, 100, undefined]);
  });

  it('catches a throwing onProgress, stops calling it, and reports it once to logger.warn (redacted)', () => {
    const lines: string[] = [];
    let calls = 0;
    const report = progressReporter(
      stateWith((l) => lines.push(l)),
      'POST /x',
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
    expect(lines).toEqual(['POST /x: onProgress threw: bad [redacted]']);
  });

  it('reports a thrown non-Error, and survives a logger that throws too', () => {
    const lines: string[] = [];
    progressReporter(
      stateWith((l) => lines.push(l)),
      'POST /x',
      () => {
        throw 'plain string';
      },
    )!(1, 1);
    expect(lines[0]).toMatch(/: plain string$/);
    const report = progressReporter(
      stateWith(() => {
        throw new Error('logger gone');
      }),
      'POST /x',
      () => {
        throw new Error('bar gone');
      },
    )!;
    expect(() => report(1, 1)).not.toThrow();
  });
});
