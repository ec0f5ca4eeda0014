#!/usr/bin/env bash
# Runs every test on a fresh machine: installs pnpm, the locked dependencies and
# (as root, when missing) Debian's chromium for the browser tests and
# redis-server for the tests of @imgur-ts/redis, and valgrind for the bench
# that counts instructions, runs Biome (lint, format) and
# knip, checks that
# the committed generated code matches a fresh `pnpm generate`, then runs all
# workspace tests. Ends with one line `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

fail() {
  echo "test-all: $1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

want_pnpm=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null)" != "$want_pnpm" ]; then
  npm install -g "pnpm@$want_pnpm" >/dev/null 2>&1 || fail "could not install pnpm@$want_pnpm with npm"
fi
pnpm install --frozen-lockfile || fail "pnpm install --frozen-lockfile failed"
# Lint, format and unused-code checks (Biome, knip); the import-circle check runs with the quality tests.
pnpm lint || fail "pnpm lint found problems (see above; \`pnpm exec biome lint --write .\` fixes the safe ones)"
pnpm format:check || fail "files are not formatted (see above; \`pnpm format\` fixes them)"
pnpm knip || fail "pnpm knip found unused files, exports or dependencies (see above)"
bash scripts/ensure-chromium.sh || fail "chromium is required for the browser tests"
bash scripts/ensure-redis.sh || fail "redis-server is required for the tests of @imgur-ts/redis"
bash scripts/ensure-valgrind.sh || fail "valgrind is required for the test that runs pnpm bench:get-instructions"
node scripts/check-drift.mjs || fail "generated code is out of date (see above)"
node scripts/run-tests.mjs
