#!/usr/bin/env node
// Fetch the latest Imgur Postman collection (URL or file) into spec/imgur.postman_collection.json.
//   node scripts/fetch-collection.mjs <url-or-path> [--out <file>] [--timeout-ms <ms>]
import { fileURLToPath } from 'node:url';
import { main } from './lib/fetch-collection.mjs';

const defaultOut = fileURLToPath(new URL('../spec/imgur.postman_collection.json', import.meta.url));
process.exitCode = await main(process.argv.slice(2), { defaultOut });
