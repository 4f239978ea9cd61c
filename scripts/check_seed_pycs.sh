#!/usr/bin/env bash
# Checks two "done when" items of the compiler issue with CPython 3.12 present:
#   1. `pydive dis FILE.py` prints what `python3.12 -m dis FILE.py` prints;
#   2. the .pyc `pydive compile FILE.py` writes, run by python3.12, prints what the .py prints
#      (stdout, stderr and exit status);
#   3. (the VM issue) the .pyc python3.12 writes (py_compile), run by pydive, prints what
#      python3.12 prints running that same .pyc.
# Corpus: ../shared/examples/seed/*.py (when present), the dis corpus of the bytecode crate
# (crates/bytecode/tests/dis_corpus/*.py) and tests/programs/dis/*.py; or the files given.
#
# Usage: scripts/check_seed_pycs.sh [--pydive PATH] [FILE.py ...]
#   (default pydive: $PYDIVE, else $CARGO_TARGET_DIR/debug/pydive or target/debug/pydive;
#   build it first: cargo build -p pydive)
# Each file runs in a scratch copy of its folder, with PYTHONHASHSEED=0; addresses (0x...)
# are normalized. Prints one line per check that differs and a summary; exit 1 if any differs.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pydive=${PYDIVE:-${CARGO_TARGET_DIR:-$root/target}/debug/pydive}
if [[ ${1:-} == --pydive ]]; then pydive=$2; shift 2; fi
py=${PYTHON312:-}
[[ -n $py ]] || py=$(ls -d "$(pyenv root 2>/dev/null || echo /root/.pyenv)"/versions/3.12*/bin/python3.12 2>/dev/null | head -n1 || true)
[[ -x ${py:-} ]] || py=$(command -v python3.12 || true)
[[ -x ${py:-} ]] || { echo "check_seed_pycs: CPython 3.12 not found (set PYTHON312)" >&2; exit 2; }
[[ -x $pydive ]] || { echo "check_seed_pycs: no pydive at $pydive (cargo build -p pydive, or --pydive PATH)" >&2; exit 2; }

files=("$@")
if [[ ${#files[@]} == 0 ]]; then
  shopt -s nullglob
  files=("$root"/../shared/examples/seed/*.py "$root"/crates/bytecode/tests/dis_corpus/*.py "$root"/tests/programs/dis/*.py)
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
norm() { sed -e 's/0x[0-9a-fA-F]\+/0xADDR/g' -e "s#$scratch/[0-9]*#<dir>#g"; }
run() { # run DIR TIMEOUT CMD... -> prints stdout, then stderr, then the exit status
  local dir=$1 limit=$2; shift 2
  local out err rc=0
  out=$(cd "$dir" && env -u PYTHONPATH -u PYTHONSTARTUP PYTHONHASHSEED=0 PYTHONUNBUFFERED=1 \
        PYTHONDONTWRITEBYTECODE=1 timeout "$limit" "$@" 2>"$dir/.err" </dev/null) || rc=$?
  printf '%s\n--- stderr\n%s\n--- rc %s\n' "$out" "$(cat "$dir/.err")" "$rc"
}

n=0 dis_ok=0 pyc_ok=0 cpyc_ok=0 failed=()
for f in "${files[@]}"; do
  [[ -f $f ]] || continue
  n=$((n + 1))
  name=$(basename "$f") stem=${name%.py}
  work=$scratch/$n
  mkdir -p "$work"
  # The program's folder holds what it may read (e.g. a seed's data files).
  cp -r "$(dirname "$f")"/. "$work"/ 2>/dev/null
  rm -rf "$work/__pycache__"
  # 1. dis
  want=$(run "$work" 60 "$py" -m dis "$name" | norm)
  got=$(run "$work" 60 "$pydive" dis "$name" | norm)
  if [[ $want == "$got" ]]; then
    dis_ok=$((dis_ok + 1))
  else
    failed+=("dis  $f")
    diff <(echo "$want") <(echo "$got") | head -5 | sed 's/^/      /'
  fi
  # 2. the .pyc pydive writes, run by CPython, against the .py run by CPython
  limit=10; grep -q 'run_forever()' "$f" && limit=3
  if "$pydive" compile "$work/$name" -o "$work/$stem.pyc" 2>"$work/.cerr"; then
    for try in 1 2; do  # a second try for programs with timers on a loaded machine
      want=$(run "$work" $limit "$py" "$name" | norm)
      got=$(run "$work" $limit "$py" "$stem.pyc" | norm | sed "s#$stem\.pyc#$name#g")
      [[ $want == "$got" ]] && break
    done
    if [[ $want == "$got" ]]; then
      pyc_ok=$((pyc_ok + 1))
    else
      failed+=("pyc  $f")
      diff <(echo "$want") <(echo "$got") | head -5 | sed 's/^/      /'
    fi
  else
    failed+=("pyc  $f (pydive compile failed: $(tail -1 "$work/.cerr"))")
  fi
  # 3. the .pyc CPython writes, run by pydive, against the same .pyc run by CPython
  "$py" -c 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)' \
    "$work/$name" "$work/$stem.cpython.pyc" 2>/dev/null
  for try in 1 2; do
    want=$(run "$work" $limit "$py" "$stem.cpython.pyc" | norm)
    got=$(run "$work" $limit "$pydive" "$stem.cpython.pyc" | norm)
    [[ $want == "$got" ]] && break
  done
  if [[ $want == "$got" ]]; then
    cpyc_ok=$((cpyc_ok + 1))
  else
    failed+=("cpyc $f")
    diff <(echo "$want") <(echo "$got") | head -5 | sed 's/^/      /'
  fi
done

for line in "${failed[@]}"; do echo "DIFFERS $line"; done
echo "files: $n; pydive dis == python3.12 -m dis: $dis_ok/$n; pydive .pyc run by python3.12 == .py: $pyc_ok/$n; python3.12's .pyc run by pydive == by python3.12: $cpyc_ok/$n"
[[ ${#failed[@]} == 0 ]]
