# Installs Debian packages that are missing; sourced by the build and test scripts.
# Usage: ensure_packages pkg…
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} (apt)…" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_swift() {
  command -v swift >/dev/null 2>&1 && return 0
  for candidate in /opt/swift/usr/bin /opt/swift/bin; do
    if [ -x "$candidate/swift" ]; then export PATH="$candidate:$PATH"; return 0; fi
  done
  echo "error: swift is not installed; install Swift 6 from https://swift.org/install/linux/ and retry" >&2
  exit 2
}

# What building PlanPress needs: cmark-gfm and mimalloc from Debian, pkg-config for SwiftPM to find cmark-gfm,
# and Swift.
ensure_build_dependencies() {
  ensure_swift
  ensure_packages pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev
}
