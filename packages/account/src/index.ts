export * from './generated/operations.gen.js';
