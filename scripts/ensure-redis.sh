#!/usr/bin/env bash
# Makes sure Debian's redis-server is present for the tests of @imgur-ts/redis
# (each test run starts its own server on 127.0.0.1 on a free port, without
# persistence, and stops it by pid; the system service is not used).
set -euo pipefail
source "$(dirname "$0")/lib/apt-package.sh"
ensure_package ensure-redis redis-server command -v redis-server
