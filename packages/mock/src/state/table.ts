import type { HandlerTable } from '../http/handlers.js';
import { accountHandlers } from './account.js';
import { accountActionHandlers } from './account-actions.js';
import { albumHandlers } from './albums.js';
import { commentHandlers } from './comments.js';
import { discoveryHandlers } from './discovery.js';
import { galleryHandlers } from './gallery.js';
import { imageHandlers } from './images.js';
import { miscHandlers } from './misc.js';

/** Every stateful handler, keyed by operation shape (`GET /3/album/{}`); other operations answer from their schema. */
export const stateHandlers: HandlerTable = {
  ...accountHandlers,
  ...accountActionHandlers,
  ...albumHandlers,
  ...commentHandlers,
  ...discoveryHandlers,
  ...galleryHandlers,
  ...imageHandlers,
  ...miscHandlers,
};
