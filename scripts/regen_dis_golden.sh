#!/bin/sh
# Regenerate the dis goldens of crates/bytecode/tests/dis_corpus with CPython 3.12:
# for each NAME.py, NAME.pyc (what CPython compiles, timestamp header with mtime 0),
# NAME.dis (`python3.12 -m dis NAME.py`) and NAME.caches.dis (`dis.dis(code, show_caches=True)`;
# 3.12's command line has no -C) and NAME.info (`dis.code_info` of every code object, nested
# ones after their parent, separated by blank lines).
# Usage: scripts/regen_dis_golden.sh [path/to/python3.12]
set -eu
PY=${1:-${PYTHON312:-/root/.pyenv/versions/3.12.1/bin/python3.12}}
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 12), sys.version' 
cd "$(dirname "$0")/../crates/bytecode/tests/dis_corpus"
for src in *.py; do
    name=${src%.py}
    "$PY" -m dis "$src" > "$name.dis"
    "$PY" -c 'import dis, sys; dis.dis(compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec"), show_caches=True)' "$src" > "$name.caches.dis"
    "$PY" -c '
import dis, sys
def walk(code):
    yield code
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            yield from walk(c)
code = compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec")
print("\n\n".join(dis.code_info(c) for c in walk(code)))
' "$src" > "$name.info"
    "$PY" - "$src" "$name.pyc" <<'PYEOF'
import sys
from importlib._bootstrap_external import _code_to_timestamp_pyc
src, out = sys.argv[1], sys.argv[2]
with open(src, "rb") as f:
    source = f.read()
# The same filename `python -m dis SRC` compiles with, so the listings agree.
code = compile(source, src, "exec")
with open(out, "wb") as f:
    f.write(_code_to_timestamp_pyc(code, 0, len(source)))
PYEOF
done
echo "dis goldens regenerated in $(pwd)"
