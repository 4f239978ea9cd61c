#!/usr/bin/env bash
# Runs each bench/*.py with pydive (release build) and with CPython 3.12 side by side.
# Usage: bench/run.sh [-n REPS] [--cpu] [BENCH.py...]
# Prints, per benchmark, the best wall time of REPS runs (default 3) for each interpreter and
# the ratio pydive/CPython (below 1.0 = pydive faster), then the geometric mean of the ratios,
# start-up time (`-c pass`) and peak memory (max RSS from /usr/bin/time -v, or GNU time's %M).
# A benchmark whose output differs from CPython's, or that fails under pydive, is reported as
# such and left out of the mean. --cpu measures user+sys CPU seconds (GNU time, 10 ms steps)
# instead of wall time: steadier when other jobs load the machine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
reps=3
cpu=0
while [[ $# -gt 0 ]]; do
  case $1 in
    -n) reps=$2; shift 2 ;;
    --cpu) cpu=1; shift ;;
    *) break ;;
  esac
done
py=${PYTHON312:-}
[[ -n $py ]] || py=$(ls -d "$(pyenv root 2>/dev/null || echo /root/.pyenv)"/versions/3.12*/bin/python3.12 2>/dev/null | head -n1 || true)
[[ -x ${py:-} ]] || py=$(command -v python3.12 || true)
[[ -x ${py:-} ]] || { echo "bench: CPython 3.12 not found (set PYTHON312)" >&2; exit 1; }
target=${CARGO_TARGET_DIR:-$root/target}
pydive=${PYDIVE:-$target/release/pydive}
if [[ -z ${PYDIVE:-} ]]; then
  (cd "$root" && cargo build --release -p pydive >&2)
fi
files=("$@")
[[ ${#files[@]} -gt 0 ]] || mapfile -t files < <(ls "$root"/bench/*.py | grep -v '/compile_stdlib\|/asyncio_')
for i in "${!files[@]}"; do
  [[ -f ${files[$i]} ]] || files[$i]=$root/bench/${files[$i]}
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# best wall time in seconds of $reps runs of "$@"; empty if it failed
best_time() {
  local best="" t0 t1 t
  for ((r = 0; r < reps; r++)); do
    if ((cpu)); then
      if ! PYTHONHASHSEED=0 /usr/bin/time -o "$tmp/time" -f "%U %S" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null; then echo ""; return; fi
      t=$(awk '{ printf "%.4f", $1 + $2 }' "$tmp/time")
    else
      t0=$(date +%s.%N)
      if ! PYTHONHASHSEED=0 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null; then echo ""; return; fi
      t1=$(date +%s.%N)
      t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
    fi
    if [[ -z $best ]] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  echo "$best"
}
# peak resident memory in KiB of one run of "$@"
max_rss() {
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v "$@" 2>&1 >/dev/null </dev/null | awk -F: '/Maximum resident/ { gsub(/ /, "", $2); print $2 }'
  else
    echo "?"
  fi
}

printf '%-22s %10s %10s %8s %12s %12s\n' benchmark "cpython s" "pydive s" ratio "cpython KiB" "pydive KiB"
logsum=0; count=0
for f in "${files[@]}"; do
  name=$(basename "$f" .py)
  cp_t=$(best_time "$py" "$f"); cp_out=$(cat "$tmp/out")
  pd_t=$(best_time "$pydive" "$f"); pd_out=$(cat "$tmp/out" 2>/dev/null || true)
  if [[ -z $pd_t ]]; then
    printf '%-22s %10s %10s %8s %12s %12s  %s\n' "$name" "${cp_t:-fail}" fail - "$(max_rss "$py" "$f")" - "$(tail -n1 "$tmp/err" | head -c 70)"
    continue
  fi
  if [[ "$pd_out" != "$cp_out" ]]; then
    printf '%-22s %10s %10s %8s %12s %12s  %s\n' "$name" "$cp_t" "$pd_t" - "$(max_rss "$py" "$f")" - "wrong output"
    continue
  fi
  ratio=$(awk -v a="$pd_t" -v b="$cp_t" 'BEGIN { printf "%.2f", a / b }')
  logsum=$(awk -v s="$logsum" -v r="$ratio" 'BEGIN { print s + log(r) }'); count=$((count + 1))
  printf '%-22s %10s %10s %8s %12s %12s\n' "$name" "$cp_t" "$pd_t" "$ratio" "$(max_rss "$py" "$f")" "$(max_rss "$pydive" "$f")"
done
if ((count > 0)); then
  echo "geometric mean of pydive/CPython over $count benchmarks: $(awk -v s="$logsum" -v n="$count" 'BEGIN { printf "%.2f", exp(s / n) }')"
else
  echo "geometric mean: no benchmark ran under pydive"
fi
cp_start=$(best_time "$py" -c pass); pd_start=$(best_time "$pydive" -c pass)
echo "start-up (-c pass, best of $reps): cpython ${cp_start:-fail} s, pydive ${pd_start:-fail} s"
echo "max RSS of -c pass: cpython $(max_rss "$py" -c pass) KiB, pydive $(max_rss "$pydive" -c pass) KiB"
