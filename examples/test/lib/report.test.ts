import { describe, expect, test } from 'vitest';
import { check, redact, stepper } from '../../lib/report.js';

describe('redact', () => {
  const cases: { given: string | undefined; want: string }[] = [
    { given: undefined, want: '(none)' },
    { given: '', want: '(none)' },
    { given: 'short', want: '*** (5 chars)' },
    { given: '12345678', want: '*** (8 chars)' },
    { given: 'mock-access-token', want: 'mock…en (17 chars)' },
  ];
  test.each(cases)('$given -> $want', ({ given, want }) => expect(redact(given)).toBe(want));
});

describe('stepper', () => {
  test('numbers steps and prints detail lines under the step that succeeded', async () => {
    const lines: string[] = [];
    const { step, count } = stepper((l) => lines.push(l));
    await step('first', async () => ['a', 'b']);
    await step('second', async () => []);
    expect(lines).toEqual(['✓ 1. first', '     a', '     b', '✓ 2. second']);
    expect(count()).toBe(2);
  });

  test('a failing step prints ✗ and rethrows with the step named and the cause kept', async () => {
    const lines: string[] = [];
    const { step } = stepper((l) => lines.push(l));
    const boom = new Error('boom');
    const err = await step('broken', async () => {
      throw boom;
    }).catch((e: unknown) => e);
    expect(lines).toEqual(['✗ 1. broken: boom']);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('step 1 (broken) failed: boom');
    expect((err as Error).cause).toBe(boom);
  });
});

describe('check', () => {
  test('passes on true and throws naming what was expected on false', () => {
    expect(() => check(true, 'x')).not.toThrow();
    expect(() => check(false, 'the album lists both uploads')).toThrow('unexpected result: the album lists both uploads');
  });
});
