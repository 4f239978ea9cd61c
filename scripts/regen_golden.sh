#!/usr/bin/env bash
# Re-records the expected output of the differential corpus from CPython 3.12, the oracle.
# Usage: scripts/regen_golden.sh [FILE.py...]   (default: every tests/programs/<area>/*.py not named _*)
# Writes FILE.py.out, FILE.py.err and FILE.py.rc beside each program, normalized like
# ../shared/examples/regen: hexadecimal literals become 0xADDR, the program's folder <dir>.
# Programs run from their own folder with PYTHONHASHSEED=0 PYTHONUNBUFFERED=1; one that calls
# run_forever() is watched for 3 s (exit 124), any other is stopped after 10 s.
# Also writes FILE.py.dis, what `python3.12 -m dis FILE.py` prints (normalized the same way),
# for the runner's `pydive dis` suite; a file that does not compile gets none.
# pydive's tests never run CPython: they read the files this script writes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON312:-}
[[ -n $py ]] || py=$(ls -d "$(pyenv root 2>/dev/null || echo /root/.pyenv)"/versions/3.12*/bin/python3.12 2>/dev/null | head -n1 || true)
[[ -x ${py:-} ]] || py=$(command -v python3.12 || true)
[[ -x ${py:-} ]] || { echo "regen_golden: CPython 3.12 not found (set PYTHON312)" >&2; exit 1; }
files=("$@")
[[ ${#files[@]} -gt 0 ]] || mapfile -t files < <(find "$root/tests/programs" -mindepth 2 -maxdepth 2 -name '*.py' ! -name '_*' | sort)
for f in "${files[@]}"; do
  f=$(cd "$(dirname "$f")" && pwd -P)/$(basename "$f")
  dir=$(dirname "$f") name=$(basename "$f")
  limit=10; grep -q 'run_forever()' "$f" && limit=3
  rc=0
  (cd "$dir" && env -u PYTHONPATH -u PYTHONSTARTUP PYTHONHASHSEED=0 PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 \
     timeout "$limit" "$py" "$name" >"$f.out.raw" 2>"$f.err.raw" </dev/null) || rc=$?
  for s in out err; do
    sed -e "s#$dir#<dir>#g" -e 's/0x[0-9a-fA-F]\+/0xADDR/g' "$f.$s.raw" >"$f.$s"
    rm -f "$f.$s.raw"
  done
  echo "$rc" >"$f.rc"
  if (cd "$dir" && "$py" -m dis "$name" >"$f.dis.raw" 2>/dev/null </dev/null); then
    sed -e "s#$dir#<dir>#g" -e 's/0x[0-9a-fA-F]\+/0xADDR/g' "$f.dis.raw" >"$f.dis"
  else
    rm -f "$f.dis"
  fi
  rm -f "$f.dis.raw"
  echo "regen_golden: ${f#"$root"/} (exit $rc)"
done
