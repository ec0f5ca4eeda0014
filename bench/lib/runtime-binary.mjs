// Where the Deno and Bun binaries installed by packages/runtime-tests are (their npm packages carry the binary in
// a per-platform optional dependency; the wrapper's own copy exists when its postinstall ran).
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const isElf = (path) => {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    return head.toString('hex') === '7f454c46';
  } finally {
    closeSync(fd);
  }
};

/** The path of `deno` or `bun` (Linux x64 or arm64, glibc), or undefined when it is not installed. */
export function runtimeBinary(root, name) {
  const arch = process.arch === 'arm64' ? (name === 'bun' ? 'aarch64' : 'arm64') : 'x64';
  let wrapper;
  try {
    wrapper = createRequire(join(root, 'packages/runtime-tests/package.json')).resolve(`${name}/package.json`);
  } catch {
    return undefined;
  }
  const candidates =
    name === 'deno'
      ? [
          [null, 'deno'],
          [`@deno/linux-${arch}-glibc`, 'deno'],
        ]
      : [
          [null, 'bin/bun.exe'],
          [`@oven/bun-linux-${arch}`, 'bin/bun'],
        ];
  for (const [pkg, file] of candidates) {
    let dir;
    try {
      dir = pkg === null ? dirname(wrapper) : dirname(createRequire(wrapper).resolve(`${pkg}/package.json`));
    } catch {
      continue;
    }
    if (isElf(join(dir, file))) return join(dir, file);
  }
  return undefined;
}
