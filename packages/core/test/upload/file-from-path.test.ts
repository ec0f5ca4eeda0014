import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFromPath } from '../../src/upload/file-from-path.js';
import { normalizeUpload } from '../../src/upload/normalize-upload.js';
import { MAGIC } from '../support/fixtures.js';

describe('fileFromPath (@imgur-ts/core/node)', () => {
  it('opens a file as a File named after it, typed later from its bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imgur-core-node-'));
    try {
      const path = join(dir, 'holiday.jpg');
      writeFileSync(path, MAGIC.gif89!.bytes);
      const file = await fileFromPath(path);
      expect(file.name).toBe('holiday.jpg');
      expect(file.size).toBe(64);
      expect(await normalizeUpload(file, 'w')).toMatchObject({ kind: 'file', name: 'holiday.jpg', media: 'image' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a missing file', async () => {
    await expect(fileFromPath(join(tmpdir(), 'does-not-exist-imgur.png'))).rejects.toThrow(/fileFromPath: cannot open .*does-not-exist-imgur.png/);
  });
});
