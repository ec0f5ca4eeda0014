import { describe, expect, it } from 'vitest';
import { log } from '../../src/state/log.js';
import type { ClientState } from '../../src/state/client-state.js';

const state = (logger: unknown) => ({ logger, retired: [], accessToken: 'tok-0123456789' }) as unknown as ClientState;

describe('log', () => {
  it('hands a redacted line to the logger of that level, and nothing without one', () => {
    const lines: string[] = [];
    log(state({ debug: (l: string) => lines.push(l) }), 'debug', 'token tok-0123456789');
    log(state({ debug: (l: string) => lines.push(l) }), 'warn', 'no warn method');
    log(state(undefined), 'warn', 'no logger');
    expect(lines).toEqual(['token [redacted]']);
  });

  it('ignores a logger method that throws, and a logger whose getter throws', () => {
    const throwing = () => {
      throw new Error('sink gone');
    };
    expect(() => log(state({ warn: throwing }), 'warn', 'x')).not.toThrow();
    const getter = {
      get debug(): never {
        throw new Error('getter gone');
      },
    };
    expect(() => log(state(getter), 'debug', 'x')).not.toThrow();
  });
});
