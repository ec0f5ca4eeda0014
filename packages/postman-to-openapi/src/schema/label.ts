import type { DraftOperation } from '../types.js';

/** "Folder / Request" label of a draft. */
export const labelOf = (d: DraftOperation): string => [...d.entry.folders, d.entry.name].join(' / ');
