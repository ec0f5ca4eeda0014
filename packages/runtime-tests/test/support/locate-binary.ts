import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A runtime shipped as an npm package whose binary sits in a per-platform optional dependency. */
export type RuntimeName = 'deno' | 'bun';

/** Where a binary may be: a package (resolved from the wrapper package) and a file inside it. */
export interface BinaryCandidate {
  /** `null` for the wrapper package itself. */
  readonly pkg: string | null;
  readonly file: string;
}

/**
 * The places a runtime's binary can be, best first: the copy the wrapper's
 * postinstall makes (when builds are allowed), then the platform package.
 */
export function binaryCandidates(name: RuntimeName, platform: string, arch: string, musl: boolean): BinaryCandidate[] {
  const exe = platform === 'win32' ? '.exe' : '';
  if (name === 'deno') {
    const target = platform === 'linux' ? `linux-${arch}-${musl ? 'musl' : 'glibc'}` : `${platform}-${arch}`;
    return [
      { pkg: null, file: `deno${exe}` },
      { pkg: `@deno/${target}`, file: `deno${exe}` },
    ];
  }
  const bunArch = arch === 'arm64' ? 'aarch64' : arch;
  const target = `${platform === 'win32' ? 'windows' : platform}-${bunArch}${musl ? '-musl' : ''}`;
  return [
    { pkg: null, file: 'bin/bun.exe' },
    { pkg: `@oven/bun-${target}`, file: `bin/bun${exe}` },
  ];
}

/** True when the file starts with an ELF, Mach-O or PE header (not a placeholder script). */
export function isNativeExecutable(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  const head = Buffer.alloc(4);
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  const hex = head.toString('hex');
  return hex === '7f454c46' || ['cffaedfe', 'cefaedfe', 'cafebabe'].includes(hex) || hex.startsWith('4d5a');
}

/** The platform a binary must be built for. */
export interface BinaryTarget {
  readonly platform: string;
  readonly arch: string;
  readonly musl: boolean;
}

/** True on Linux with musl libc (Alpine); glibc otherwise. */
function isMusl(): boolean {
  if (process.platform !== 'linux') return false;
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return report?.header?.glibcVersionRuntime === undefined;
}

/**
 * Finds the native binary of `deno` or `bun` installed as a dependency of the
 * package at `fromDir`, whether or not its postinstall ran. Throws naming every
 * place it looked when there is none. `target` defaults to this machine.
 */
export function locateBinary(name: RuntimeName, fromDir: string, target?: BinaryTarget): string {
  const { platform, arch, musl } = target ?? { platform: process.platform, arch: process.arch, musl: isMusl() };
  const wrapperJson = createRequire(join(fromDir, 'package.json')).resolve(`${name}/package.json`);
  const fromWrapper = createRequire(wrapperJson);
  const tried: string[] = [];
  for (const c of binaryCandidates(name, platform, arch, musl)) {
    let dir: string;
    try {
      dir = c.pkg === null ? dirname(wrapperJson) : dirname(fromWrapper.resolve(`${c.pkg}/package.json`));
    } catch {
      tried.push(`${c.pkg}/${c.file} (package not installed)`);
      continue;
    }
    const path = join(dir, c.file);
    if (isNativeExecutable(path)) return path;
    tried.push(`${path} (not a native executable)`);
  }
  throw new Error(`no ${name} binary for ${platform}-${arch}; looked at: ${tried.join('; ')}`);
}
