#!/usr/bin/env bash
# Rewrites tests/programs/expected_failures.txt and expected_dis_failures.txt from a run of
# the differential corpus and of the `pydive dis` listings:
# programs that fail now are listed (keeping a reason written by hand, else the
# runner's own, marked [auto]: pydive's last stderr line or the first difference), programs
# that pass are dropped.
# Usage: scripts/update_expected_failures.sh [SUBSTR,...]   (limits the run, keeps other lines)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
PYDIVE_UPDATE_EXPECTED=1 PYDIVE_PROGRAMS=${1:-} \
  cargo test -p pydive --test programs -- --nocapture
