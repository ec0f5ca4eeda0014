// The public entry point: re-exports only.
export { imgurInstrumentation, type ImgurInstrumentationOptions } from './instrument.js';
