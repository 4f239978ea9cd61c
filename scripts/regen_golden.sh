#!/usr/bin/env bash
# Re-records the expected outputs of the differential tests from CPython 3.12, the oracle.
# Usage: scripts/regen_golden.sh [FILE.py | FILE.args ...]
#   (default: every tests/programs/<area>/*.py not named _*, and every tests/command_line/*.args)
#
# FILE.py (a program of tests/programs): writes FILE.py.out, FILE.py.err and FILE.py.rc beside
# it, normalized like ../shared/examples/regen: hexadecimal literals become 0xADDR, the
# program's folder <dir>. Programs run from their own folder with PYTHONHASHSEED=0
# PYTHONUNBUFFERED=1; one that calls run_forever() is watched for 3 s (exit 124), any other is
# stopped after 10 s. Also writes FILE.py.dis, what `python3.12 -m dis FILE.py` prints
# (normalized the same way), for the runner's `pydive dis` suite; a file that does not compile
# gets none.
#
# FILE.args (tests/command_line): the arguments of one python3.12 command line, one a line, run
# from that folder; FILE.args.out/.err/.rc as above, with the interpreter's own path (python
# prints it in usage errors) normalized to <python>. compiled_hello.pyc is rewritten first.
#
# pydive's tests never run CPython: they read the files this script writes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON312:-}
[[ -n $py ]] || py=$(ls -d "$(pyenv root 2>/dev/null || echo /root/.pyenv)"/versions/3.12*/bin/python3.12 2>/dev/null | head -n1 || true)
[[ -x ${py:-} ]] || py=$(command -v python3.12 || true)
[[ -x ${py:-} ]] || { echo "regen_golden: CPython 3.12 not found (set PYTHON312)" >&2; exit 1; }
files=("$@")
if [[ ${#files[@]} == 0 ]]; then
  mapfile -t files < <(find "$root/tests/programs" -mindepth 2 -maxdepth 2 -name '*.py' ! -name '_*' | sort
                       ls "$root"/tests/command_line/*.args)
fi

# normalize RAW OUT DIR: addresses, the folder, the interpreter's path
normalize() {
  sed -e "s#$py#<python>#g" -e "s#$3#<dir>#g" -e 's/0x[0-9a-fA-F]\+/0xADDR/g' "$1" >"$2"
  rm -f "$1"
}
pyc_done=0
for f in "${files[@]}"; do
  f=$(cd "$(dirname "$f")" && pwd -P)/$(basename "$f")
  dir=$(dirname "$f") name=$(basename "$f")
  rc=0
  case $name in
    *.py)
      limit=10; grep -q 'run_forever()' "$f" && limit=3
      (cd "$dir" && env -u PYTHONPATH -u PYTHONSTARTUP PYTHONHASHSEED=0 PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 \
         timeout "$limit" "$py" "$name" >"$f.out.raw" 2>"$f.err.raw" </dev/null) || rc=$?
      if (cd "$dir" && env -u PYTHONPATH -u PYTHONSTARTUP PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
            "$py" -m dis "$name" >"$f.dis.raw" 2>/dev/null </dev/null); then
        normalize "$f.dis.raw" "$f.dis" "$dir"
      else
        rm -f "$f.dis" "$f.dis.raw"
      fi
      ;;
    *.args)
      if [[ $pyc_done == 0 ]]; then
        # a .pyc that CPython wrote, hash-based so that its bytes do not depend on the mtime
        (cd "$dir" && "$py" -c 'import py_compile as p; p.compile("compiled_hello.py", cfile="compiled_hello.pyc", dfile="compiled_hello.py", invalidation_mode=p.PycInvalidationMode.UNCHECKED_HASH, doraise=True)')
        pyc_done=1
      fi
      mapfile -t args <"$f"
      (cd "$dir" && env -u PYTHONPATH -u PYTHONSTARTUP PYTHONHASHSEED=0 PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 \
         timeout 10 "$py" "${args[@]}" >"$f.out.raw" 2>"$f.err.raw" </dev/null) || rc=$?
      ;;
    *) echo "regen_golden: $f is neither a .py program nor a .args command line" >&2; exit 2 ;;
  esac
  normalize "$f.out.raw" "$f.out" "$dir"
  normalize "$f.err.raw" "$f.err" "$dir"
  echo "$rc" >"$f.rc"
  echo "regen_golden: ${f#"$root"/} (exit $rc)"
done
