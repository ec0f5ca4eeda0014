import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';
import { STATUS_TEXTS } from '../../src/request/status-texts.js';

describe('STATUS_TEXTS', () => {
  it("is node:http's STATUS_CODES of the Node the package is built for (every code, every reason phrase)", () => {
    expect({ ...STATUS_TEXTS }).toEqual({ ...STATUS_CODES });
  });
});
