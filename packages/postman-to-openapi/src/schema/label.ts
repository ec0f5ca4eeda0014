import type { DraftOperation } from '../types.js';

/** "Folder / Request" label of a draft. */
export const labelOf = (d: DraftOperation): string => (d.entry.folders.length === 0 ? d.entry.name : `${d.entry.folders.join(' / ')} / ${d.entry.name}`);
