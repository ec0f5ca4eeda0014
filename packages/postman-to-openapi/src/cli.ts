#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';

process.exitCode = runCli(process.argv.slice(2), (text) => process.stderr.write(text));
