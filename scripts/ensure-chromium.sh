#!/usr/bin/env bash
# Makes sure Debian's chromium is present for the browser tests (they use
# playwright-core with executablePath /usr/bin/chromium; no browser download).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-chromium: /usr/bin/chromium is missing; install it with: apt-get install -y --no-install-recommends chromium" >&2
  exit 1
fi
echo "ensure-chromium: installing Debian's chromium" >&2
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
test -x /usr/bin/chromium
