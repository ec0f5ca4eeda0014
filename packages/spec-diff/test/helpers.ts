import { classify } from '../src/classify/classify.js';
import type { Change, ChangeKind, Direction } from '../src/types.js';

/** A classified change for tests: `kind` on `direction`, in `packages` (short names). */
export function change(
  kind: ChangeKind,
  direction: Direction,
  packages: string[],
  extra: { scope?: string; operationId?: string; model?: string; location?: string; before?: string; after?: string } = {},
): Change {
  return classify({
    kind,
    direction,
    scope: extra.scope ?? packages[0] ?? 'client',
    packages: packages.map((p) => `@imgur-ts/${p}`).sort(),
    location: extra.location ?? '',
    ...(extra.operationId === undefined ? {} : { operationId: extra.operationId }),
    ...(extra.model === undefined ? {} : { model: extra.model }),
    ...(extra.before === undefined ? {} : { before: extra.before }),
    ...(extra.after === undefined ? {} : { after: extra.after }),
  });
}
