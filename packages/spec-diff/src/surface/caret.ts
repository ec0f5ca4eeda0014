import type { Bump } from '../types.js';

function major(version: string): number[] {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) throw new Error(`spec-diff: not a semver version: ${JSON.stringify(version)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Whether `bump` moves `version` out of `^version` (what `npm update` never installs): major always, minor below 1.0.0, patch below 0.1.0. */
export function leavesCaret(version: string, bump: Bump): boolean {
  const [x = 0, y = 0] = major(version);
  if (bump === 'major') return true;
  if (bump === 'minor') return x === 0;
  return x === 0 && y === 0;
}

/** The smallest bump that moves `version` out of `^version`: minor below 1.0.0 (patch below 0.1.0), else major. */
export function caretBreakingBump(version: string): Bump {
  const [x = 0, y = 0] = major(version);
  return x > 0 ? 'major' : y > 0 ? 'minor' : 'patch';
}
