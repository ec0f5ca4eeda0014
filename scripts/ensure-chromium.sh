#!/usr/bin/env bash
# Makes sure Debian's chromium is present for the browser tests (they use
# playwright-core with executablePath /usr/bin/chromium; no browser download).
set -euo pipefail
source "$(dirname "$0")/lib/apt-package.sh"
ensure_package ensure-chromium chromium test -x /usr/bin/chromium
