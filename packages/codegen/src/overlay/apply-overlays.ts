import { openapiOverlay } from 'openapi-format';
import type { JsonObject, OverlayDocument } from '../types.js';

/**
 * Applies overlays in order with openapi-format's Overlay 1.0 implementation
 * (JSONPath targets, deep-merge `update`, `remove`). Every action must match at
 * least one node: an action that matches nothing means the base description
 * changed under it, so it is an error naming the file, action and target
 * (unless the action says `x-optional: true`).
 */
export async function applyOverlays(base: JsonObject, overlays: readonly OverlayDocument[]): Promise<JsonObject> {
  let doc: JsonObject = structuredClone(base);
  for (const overlay of overlays) {
    for (const [i, action] of overlay.actions.entries()) {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
      let used: number;
      try {
        const { optional: _optional, ...standard } = action;
        const res = await openapiOverlay(doc as never, {
          overlaySet: { overlay: overlay.overlay, info: overlay.info, actions: [standard as never] },
        });
        doc = res.data as JsonObject;
        used = Number((res.resultData as { totalUsedActions?: number }).totalUsedActions ?? 0);
      } finally {
        console.error = original;
      }
      const where = `${overlay.file}: actions[${i}] (target ${action.target})`;
      if (errors.length > 0) throw new Error(`${where}: ${errors.join('; ')}`);
      if (used === 0 && action.optional !== true) throw new Error(`${where}: matched nothing in the description`);
    }
  }
  return doc;
}
