import { createRequire } from 'node:module';
import type { JsonObject, OverlayDocument } from '../types.js';

// openapi-format's overlay engine alone (the module its index re-exports `openapiOverlay` from): the whole
// library loads its sorting, filtering, file and bundling code as well, about ten times as long to start.
const { openapiOverlay } = createRequire(import.meta.url)('openapi-format/utils/overlay.js') as Pick<typeof import('openapi-format'), 'openapiOverlay'>;

/** Options of {@link applyOverlays}. */
export interface ApplyOverlaysOptions {
  /**
   * Called for each action that matched nothing, instead of failing. Without
   * it such an action is an error: the base description changed under it.
   */
  onUnmatched?: (message: string) => void;
}

/**
 * Applies overlays in order with openapi-format's Overlay 1.0 implementation
 * (JSONPath targets, deep-merge `update`, `remove`), one pass per overlay file.
 * Every action must match at least one node: an action that matches nothing
 * means the base description changed under it, so it is an error naming the
 * file, action and target (unless the action says `x-optional: true`, or
 * `onUnmatched` is given, which then receives the message instead).
 */
export async function applyOverlays(base: JsonObject, overlays: readonly OverlayDocument[], options: ApplyOverlaysOptions = {}): Promise<JsonObject> {
  let doc: JsonObject = structuredClone(base);
  for (const overlay of overlays) {
    const standard = overlay.actions.map(({ optional: _optional, ...action }) => action);
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
    let unused: readonly unknown[];
    try {
      const res = await openapiOverlay(doc as never, {
        overlaySet: { overlay: overlay.overlay, info: overlay.info, actions: standard as never },
      });
      doc = res.data as JsonObject;
      unused = (res.resultData as { unusedActions?: readonly unknown[] }).unusedActions ?? [];
    } finally {
      console.error = original;
    }
    if (errors.length > 0) throw new Error(`${overlay.file}: ${errors.join('; ')}`);
    for (const action of unused) {
      const i = standard.indexOf(action as (typeof standard)[number]);
      const source = overlay.actions[i];
      if (source === undefined || source.optional === true) continue;
      const message = `${overlay.file}: actions[${i}] (target ${source.target}): matched nothing in the description`;
      if (options.onUnmatched === undefined) throw new Error(message);
      options.onUnmatched(message);
    }
  }
  return doc;
}
