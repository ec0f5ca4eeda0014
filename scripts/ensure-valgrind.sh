#!/usr/bin/env bash
# Makes sure Debian's valgrind is present for `pnpm bench:get-instructions`
# (which counts the instructions of a GET with callgrind) and the test that
# checks that bench runs.
set -euo pipefail
if command -v valgrind >/dev/null; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-valgrind: valgrind is missing; install it with: apt-get install -y --no-install-recommends valgrind" >&2
  exit 1
fi
echo "ensure-valgrind: installing Debian's valgrind" >&2
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends valgrind >/dev/null
command -v valgrind >/dev/null
