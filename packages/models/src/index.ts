export type * from './generated/models.gen.js';
