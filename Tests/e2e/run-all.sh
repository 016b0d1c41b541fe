#!/usr/bin/env bash
# The end-to-end suite: installs what it needs (setup.sh), checks the site built from
# content/ in headless Chromium and with the Nu Html Checker (run.py), then shows that
# every check fails on a planted defect (meta_test.py).
#
#   Tests/e2e/run-all.sh [PLANPRESS_BINARY]     default: .build/debug/planpress
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
BIN=${1:-$REPO/.build/debug/planpress}
[ -x "$BIN" ] || { echo "error: no planpress binary at $BIN (swift build first)" >&2; exit 2; }

start=$SECONDS
VPY=$("$HERE/setup.sh")
echo "e2e setup: ready in $((SECONDS - start)) s ($VPY)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
export PYTHONUNBUFFERED=1
status=0
"$VPY" -B "$HERE/run.py" --planpress "$BIN" --source "$REPO" | tee -a "$log" || status=1
"$VPY" -B "$HERE/meta_test.py" --planpress "$BIN" --source "$REPO" | tee -a "$log" || status=1
"$VPY" -B "$HERE/open_data_and_print.py" --planpress "$BIN" --source "$REPO" | tee -a "$log" || status=1
"$VPY" -B "$HERE/xss_test.py" --planpress "$BIN" --source "$REPO" | tee -a "$log" || status=1
read -r passed failed < <(grep -E '^(e2e|meta-test|data-and-print|xss): [0-9]+ passed, [0-9]+ failed$' "$log" \
  | awk '{p += $2; f += $4} END {print p + 0, f + 0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "e2e suite finished in $((SECONDS - start)) s"
echo "e2e: $passed passed, $failed failed"
exit $status
