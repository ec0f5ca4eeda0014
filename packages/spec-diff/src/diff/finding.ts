import type { ChangeKind, Direction } from '../types.js';

/** A change found inside one operation or model, before it is attributed to packages. */
export interface Finding {
  readonly kind: ChangeKind;
  readonly direction: Direction;
  /** Location within the operation or model; empty for the operation itself. */
  readonly location: string;
  readonly before?: string;
  readonly after?: string;
}
