import { describe, expect, it } from 'vitest';
import { FIXED_IMAGE } from '../src/fixed-server.js';
import { startFixedServerProcess } from '../src/fixed-server-process.js';

describe('startFixedServerProcess', () => {
  it('serves the fixed envelope from another process and stops on close', async () => {
    const server = await startFixedServerProcess();
    expect(server.pid).toBeGreaterThan(0);
    expect(server.pid).not.toBe(process.pid);
    try {
      const res = await fetch(`${server.url}/3/image/x`);
      expect(((await res.json()) as { data: unknown }).data).toEqual(FIXED_IMAGE);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/3/image/x`)).rejects.toThrow();
  });
});
