import { describe, expect, it } from 'vitest';
import { ConversionError } from '../src/errors.js';

describe('ConversionError', () => {
  it('is an Error named ConversionError carrying the message', () => {
    const e = new ConversionError('c.json: not valid JSON');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ConversionError');
    expect(e.message).toBe('c.json: not valid JSON');
  });
});
