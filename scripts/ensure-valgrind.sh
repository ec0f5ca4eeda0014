#!/usr/bin/env bash
# Makes sure Debian's valgrind is present for `pnpm bench:get-instructions`
# (which counts the instructions of a GET with callgrind) and the test that
# checks that bench runs.
set -euo pipefail
source "$(dirname "$0")/lib/apt-package.sh"
ensure_package ensure-valgrind valgrind command -v valgrind
