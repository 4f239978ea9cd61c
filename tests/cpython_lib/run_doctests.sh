#!/usr/bin/env bash
# Runs the doctest examples extracted from CPython 3.12's Lib/test (see extract_doctests.py)
# and reports the share that pass, per module and overall.
# Usage: tests/cpython_lib/run_doctests.sh [--interp PATH] [--timeout S]
# The interpreter is $PYDIVE, else target/release/pydive (built if missing). Pass
# --interp python3.12 to measure CPython itself under the same runner: examples that need the
# test module's own globals fail there too, so compare the two figures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
interp=${PYDIVE:-}
limit=30
while [[ $# -gt 0 ]]; do
  case $1 in
    --interp) interp=$2; shift 2 ;;
    --timeout) limit=$2; shift 2 ;;
    *) echo "usage: $0 [--interp PATH] [--timeout S]" >&2; exit 2 ;;
  esac
done
if [[ -z $interp ]]; then
  interp=${CARGO_TARGET_DIR:-$root/target}/release/pydive
  [[ -x $interp ]] || (cd "$root" && cargo build --release -p pydive >&2)
fi
declare -A pass total
all_pass=0 all_total=0
cd "$here/data"
for f in test_*.py; do
  module=${f%%__*}
  n=$(grep -c '^    (' "$f" || true)
  out=$(PYTHONHASHSEED=0 timeout "$limit" "$interp" "$f" 2>/dev/null </dev/null || true)
  ok=$(grep -c '^ok ' <<<"$out" || true)
  pass[$module]=$(( ${pass[$module]:-0} + ok ))
  total[$module]=$(( ${total[$module]:-0} + n ))
  all_pass=$((all_pass + ok)); all_total=$((all_total + n))
done
for module in $(printf '%s\n' "${!total[@]}" | sort); do
  printf '%-22s %5d / %5d\n' "$module" "${pass[$module]}" "${total[$module]}"
done
awk -v p="$all_pass" -v t="$all_total" -v i="$(basename "$interp")" \
  'BEGIN { printf "%s: %d of %d examples pass (%.1f%%)\n", i, p, t, t ? 100 * p / t : 0 }'
