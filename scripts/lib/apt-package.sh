# Sourced by scripts/ensure-*.sh. ensure_package <name> <Debian package> <check...>: returns at once when the check
# command succeeds; else, as root with apt-get, installs the package (no recommends) and runs the check again; else
# says how to install it and fails.
ensure_package() {
  local name=$1 package=$2
  shift 2
  if "$@" >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "$name: $package is missing; install it with: apt-get install -y --no-install-recommends $package" >&2
    return 1
  fi
  echo "$name: installing Debian's $package" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
  "$@" >/dev/null 2>&1
}
