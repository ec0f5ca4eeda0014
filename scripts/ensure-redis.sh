#!/usr/bin/env bash
# Makes sure Debian's redis-server is present for the tests of @imgur-ts/redis
# (each test run starts its own server on 127.0.0.1 on a free port, without
# persistence, and stops it by pid; the system service is not used).
set -euo pipefail
if command -v redis-server >/dev/null; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-redis: redis-server is missing; install it with: apt-get install -y --no-install-recommends redis-server" >&2
  exit 1
fi
echo "ensure-redis: installing Debian's redis-server" >&2
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null
command -v redis-server >/dev/null
