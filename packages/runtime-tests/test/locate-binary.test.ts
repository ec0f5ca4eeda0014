import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { binaryCandidates, isNativeExecutable, locateBinary, type RuntimeName } from './support/locate-binary.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const pinned = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).devDependencies as Record<string, string>;
const scratch = mkdtempSync(join(tmpdir(), 'imgur-ts-locate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('binaryCandidates', () => {
  const table: [RuntimeName, string, string, boolean, string[]][] = [
    ['deno', 'linux', 'x64', false, ['deno', '@deno/linux-x64-glibc/deno']],
    ['deno', 'linux', 'arm64', false, ['deno', '@deno/linux-arm64-glibc/deno']],
    ['deno', 'darwin', 'arm64', false, ['deno', '@deno/darwin-arm64/deno']],
    ['deno', 'win32', 'x64', false, ['deno.exe', '@deno/win32-x64/deno.exe']],
    ['bun', 'linux', 'x64', false, ['bin/bun.exe', '@oven/bun-linux-x64/bin/bun']],
    ['bun', 'linux', 'x64', true, ['bin/bun.exe', '@oven/bun-linux-x64-musl/bin/bun']],
    ['bun', 'linux', 'arm64', false, ['bin/bun.exe', '@oven/bun-linux-aarch64/bin/bun']],
    ['bun', 'darwin', 'arm64', false, ['bin/bun.exe', '@oven/bun-darwin-aarch64/bin/bun']],
    ['bun', 'win32', 'x64', false, ['bin/bun.exe', '@oven/bun-windows-x64/bin/bun.exe']],
  ];
  it.each(table)('%s on %s-%s (musl %s)', (name, platform, arch, musl, want) => {
    const got = binaryCandidates(name, platform, arch, musl).map((c) => (c.pkg ? `${c.pkg}/${c.file}` : c.file));
    expect(got).toEqual(want);
  });
});

describe('isNativeExecutable', () => {
  const table: [string, Uint8Array | null, boolean][] = [
    ['an ELF header', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1]), true],
    ['a 64-bit Mach-O header', new Uint8Array([0xcf, 0xfa, 0xed, 0xfe, 7, 0]), true],
    ['a PE header', new Uint8Array([0x4d, 0x5a, 0x90, 0x00]), true],
    ['a placeholder shell script', new TextEncoder().encode('echo "Error: postinstall was not run"\n'), false],
    ['an empty file', new Uint8Array(), false],
    ['a missing file', null, false],
  ];
  it.each(table)('%s -> %s', (label, bytes, want) => {
    const path = join(scratch, label.replaceAll(' ', '-'));
    if (bytes) writeFileSync(path, bytes);
    expect(isNativeExecutable(path)).toBe(want);
  });
});

describe('locateBinary', () => {
  it.each(['deno', 'bun'] as const)('finds the installed %s binary at its pinned version', (name) => {
    const bin = locateBinary(name, packageDir);
    const out = execFileSync(bin, ['--version'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', DENO_NO_UPDATE_CHECK: '1' } });
    expect(out).toContain(pinned[name]);
  });

  it('names every place it looked when neither the postinstall copy nor the platform package is there', () => {
    const wrapper = join(scratch, 'node_modules', 'deno');
    mkdirSync(wrapper, { recursive: true });
    writeFileSync(join(wrapper, 'package.json'), '{"name":"deno","version":"0.0.0"}');
    writeFileSync(join(wrapper, 'deno'), 'echo placeholder\n');
    expect(() => locateBinary('deno', scratch, { platform: 'linux', arch: 'mips', musl: false })).toThrow(
      `no deno binary for linux-mips; looked at: ${join(wrapper, 'deno')} (not a native executable); @deno/linux-mips-glibc/deno (package not installed)`,
    );
  });
});
