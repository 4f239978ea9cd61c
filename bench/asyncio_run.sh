#!/usr/bin/env bash
# Times bench/asyncio_*.py three ways, best of REPS runs each:
#   cpython   CPython 3.12 with its own asyncio (C-accelerated Future/Task)
#   ours/cpy  CPython 3.12 running pydive's lib/asyncio (pure Python), through
#             tests/programs/asyncio/_tools/with_pydive_asyncio.py
#   pydive    the pydive binary ($PYDIVE, default target/release/pydive), when it runs them
# and checks that the three print the same thing.
# Usage: bench/asyncio_run.sh [-n REPS] [bench/asyncio_X.py...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
reps=3
if [[ ${1:-} == -n ]]; then reps=$2; shift 2; fi
py=${PYTHON312:-/root/.pyenv/versions/3.12.1/bin/python3.12}
harness=$root/tests/programs/asyncio/_tools/with_pydive_asyncio.py
pydive=${PYDIVE:-${CARGO_TARGET_DIR:-$root/target}/release/pydive}
files=("$@")
[[ ${#files[@]} -gt 0 ]] || files=("$root"/bench/asyncio_*.py)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

best() {  # best wall time of $reps runs; output kept in $tmp/out; "fail" if it failed
  local best="" t0 t1 t
  for ((r = 0; r < reps; r++)); do
    t0=$(date +%s.%N)
    if ! PYTHONHASHSEED=0 timeout 120 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null; then echo fail; return; fi
    t1=$(date +%s.%N)
    t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    if [[ -z $best ]] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  echo "$best"
}

printf '%-22s %9s %9s %7s %9s %s\n' benchmark cpython ours/cpy ratio pydive output
for f in "${files[@]}"; do
  name=$(basename "$f")
  c=$(best "$py" "$f"); cp "$tmp/out" "$tmp/want"
  o=$(best "$py" "$harness" "$f")
  same=same; cmp -s "$tmp/out" "$tmp/want" || same=DIFFERS
  p=-
  if [[ -x $pydive ]]; then
    p=$(best "$pydive" "$f")
    [[ $p == fail ]] || cmp -s "$tmp/out" "$tmp/want" || same="$same, pydive DIFFERS"
  fi
  ratio=$(awk -v a="$o" -v b="$c" 'BEGIN { if (a+0 > 0 && b+0 > 0) printf "%.2f", a / b; else print "-" }')
  printf '%-22s %9s %9s %7s %9s %s\n' "$name" "$c" "$o" "$ratio" "$p" "$same"
done
# Memory per suspended task (bench/asyncio_memory.py writes it on stderr).
mem=$root/bench/asyncio_memory.py
if [[ " ${files[*]} " == *" $mem "* || ${#files[@]} -eq 0 || $# -eq 0 ]]; then
  for who in cpython ours/cpy pydive; do
    case $who in
      cpython) cmd=("$py" "$mem") ;;
      ours/cpy) cmd=("$py" "$harness" "$mem") ;;
      pydive) [[ -x $pydive ]] || continue; cmd=("$pydive" "$mem") ;;
    esac
    printf '%-10s %s\n' "$who" "$(PYTHONHASHSEED=0 "${cmd[@]}" 2>&1 >/dev/null | tail -n1)"
  done
fi
