#!/usr/bin/env bash
# Runs the doctest examples extracted from CPython 3.12's Lib/test (see extract_doctests.py)
# and reports the share that pass, per module and overall.
# Usage: tests/cpython_lib/run_doctests.sh [--interp PATH] [--timeout S] [-v] [--only SUBSTR]
# The interpreter is $PYDIVE, else $CARGO_TARGET_DIR/release/pydive (built if missing). Pass
# --interp python3.12 to measure CPython itself under the same runner: examples that need the
# test module's own globals fail there too, so compare the two figures.
# -v also prints every example that does not pass: "FILE INDEX: what it printed / wanted".
# One file runs in one process. When the process crashes or runs out of time (S seconds,
# default 30) before its last example, the example it was running counts as failed ("crash" /
# "timeout") and the file runs again without it, so one bad example does not cost the rest.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
interp=${PYDIVE:-}
limit=30
verbose=0
only=
while [[ $# -gt 0 ]]; do
  case $1 in
    --interp) interp=$2; shift 2 ;;
    --timeout) limit=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    -v) verbose=1; shift ;;
    *) echo "usage: $0 [--interp PATH] [--timeout S] [-v] [--only SUBSTR]" >&2; exit 2 ;;
  esac
done
if [[ -z $interp ]]; then
  interp=${CARGO_TARGET_DIR:-$root/target}/release/pydive
  [[ -x $interp ]] || (cd "$root" && cargo build --release -p pydive >&2)
fi
declare -A pass total
all_pass=0 all_total=0 crashes=0
cd "$here/data"
for f in test_*.py; do
  [[ -z $only || $f == *"$only"* ]] || continue
  module=${f%%__*}
  n=$(grep -c '^    (' "$f" || true)
  skip=()          # examples that crashed or hung the process, left out of the next run
  declare -A result=()
  while :; do
    rc=0
    out=$(PYTHONHASHSEED=0 PYTHONUNBUFFERED=1 timeout "$limit" "$interp" "$f" "${skip[@]}" \
      2>/dev/null </dev/null) || rc=$?
    last=-1
    while IFS= read -r line; do
      case $line in
        'ok '*|'FAIL '*)
          index=${line#* }; index=${index%% *}
          result[$index]=$line; last=$index ;;
        'skip '*) index=${line#skip }; last=$index ;;
      esac
    done <<<"$out"
    grep -qx done <<<"$out" && break
    # The process stopped early: the example after the last one reported is the culprit.
    bad=$((last + 1))
    if ! grep -qx setup <<<"$out" || (( bad >= n )); then
      break  # died in the setup or after the last example: nothing to skip
    fi
    if (( rc == 124 )); then why=timeout; else why="crash (exit $rc)"; fi
    result[$bad]="FAIL $bad | $why"
    crashes=$((crashes + 1))
    skip+=("$bad")
  done
  ok=0
  for ((i = 0; i < n; i++)); do
    line=${result[$i]:-"FAIL $i | not reached (exit $rc)"}
    if [[ $line == 'ok '* ]]; then
      ok=$((ok + 1))
    elif (( verbose )); then
      echo "${f%.py} ${line#FAIL }"
    fi
  done
  unset result
  pass[$module]=$(( ${pass[$module]:-0} + ok ))
  total[$module]=$(( ${total[$module]:-0} + n ))
  all_pass=$((all_pass + ok)); all_total=$((all_total + n))
done
for module in $(printf '%s\n' "${!total[@]}" | sort); do
  printf '%-22s %5d / %5d\n' "$module" "${pass[$module]}" "${total[$module]}"
done
awk -v p="$all_pass" -v t="$all_total" -v i="$(basename "$interp")" -v c="$crashes" \
  'BEGIN { printf "%s: %d of %d examples pass (%.1f%%); %d crashed or timed out\n",
           i, p, t, t ? 100 * p / t : 0, c }'
