// Opt-in traffic capture (`@imgur-ts/core/capture`); never imported by the main entry point.
export { captureTraffic, toNdjsonLine, type CaptureTrafficOptions, type CapturedEntry, type TrafficCapture } from './capture/capture-traffic.js';
