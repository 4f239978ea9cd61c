#!/usr/bin/env python3.12
"""How close is `pydive compile` to CPython 3.12's compiler? (a measurement tool)

For every .py file of a corpus (default: CPython 3.12's Lib/ without its test folders) this
compiles the file with `pydive compile FILE -o OUT.pyc` and with CPython's `compile()`, loads
pydive's .pyc with `marshal`, and compares the two code-object trees field by field (nested
code objects are paired by their position in co_consts and compared on their own).

It prints: files compiled, files pydive failed on (error exit, crash, timeout), the share of
code objects identical in every field, per-field mismatch counts, and the worst files.

    python3.12 scripts/conformance.py [--pydive PATH] [-j 2] [--limit N] [--json OUT] [PATHS...]

Files CPython itself rejects (SyntaxError) are skipped and counted apart.
"""

import argparse
import json
import marshal
import math
import os
import struct
import subprocess
import sys
import tempfile
import time
import types
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDLIB = os.path.dirname(os.__file__)
TEST_DIRS = {"test", "tests", "idle_test", "site-packages", "__pycache__"}

FIELDS = [
    "co_code", "co_consts", "co_names", "co_varnames", "co_cellvars", "co_freevars",
    "co_flags", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize",
    "co_firstlineno", "co_name", "co_qualname", "co_linetable", "co_exceptiontable",
]


def corpus_files(paths):
    for top in paths:
        if os.path.isfile(top):
            yield top
            continue
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames if d not in TEST_DIRS)
            for name in sorted(filenames):
                if name.endswith(".py"):
                    yield os.path.join(dirpath, name)


def const_key(c):
    """A type-strict, order-free key: 1, 1.0, True, -0.0 and 0.0 all differ."""
    if isinstance(c, types.CodeType):
        return ("code",)
    if type(c) is float:
        return ("float", struct.pack("<d", c) if not math.isnan(c) else b"nan")
    if type(c) is complex:
        return ("complex", const_key(c.real), const_key(c.imag))
    if type(c) is tuple:
        return ("tuple", tuple(const_key(x) for x in c))
    if type(c) is frozenset:
        return ("frozenset", tuple(sorted((const_key(x) for x in c), key=repr)))
    return (type(c).__name__, c)


def field_value(co, field):
    v = getattr(co, field)
    if field == "co_consts":
        return tuple(const_key(c) for c in v)
    return v


def compare(ours, theirs, path, out):
    """Append (qualname, [differing fields]) for each code object of CPython's tree."""
    diffs = [f for f in FIELDS if field_value(ours, f) != field_value(theirs, f)]
    out.append((theirs.co_qualname, diffs, ours, theirs))
    our_codes = [c for c in ours.co_consts if isinstance(c, types.CodeType)]
    their_codes = [c for c in theirs.co_consts if isinstance(c, types.CodeType)]
    for i, t in enumerate(their_codes):
        if i < len(our_codes):
            compare(our_codes[i], t, path, out)
        else:
            count_missing(t, out)


def count_missing(co, out):
    out.append((co.co_qualname, ["missing"], None, co))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            count_missing(c, out)


def first_difference(ours, theirs, field):
    a, b = field_value(ours, field), field_value(theirs, field)
    if isinstance(a, (bytes, tuple)):
        n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        return f"{field}: first differs at index {n} (lengths {len(a)} vs {len(b)})"
    return f"{field}: pydive {a!r} vs CPython {b!r}"


def run_one(pydive, path, tmpdir, timeout):
    try:
        with open(path, "rb") as f:
            source = f.read()
        theirs = compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, UnicodeDecodeError):
        return {"path": path, "status": "cpython-rejects"}
    out_pyc = os.path.join(tmpdir, f"{abs(hash(path))}.pyc")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([pydive, "compile", path, "-o", out_pyc], capture_output=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"path": path, "status": "failed", "why": "timeout"}
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        err = proc.stderr.decode(errors="replace").strip().splitlines()
        return {"path": path, "status": "failed",
                "why": (err[-1] if err else f"exit {proc.returncode}")[:200]}
    try:
        with open(out_pyc, "rb") as f:
            data = f.read()
        os.remove(out_pyc)
        ours = marshal.loads(data[16:])
    except Exception as e:  # a .pyc CPython cannot read is a failure too
        return {"path": path, "status": "failed", "why": f"unloadable pyc: {e}"[:200]}
    results = []
    compare(ours, theirs, path, results)
    units = []
    for qualname, diffs, o, t in results:
        example = None
        if diffs and diffs != ["missing"]:
            example = first_difference(o, t, diffs[0])
        units.append({"qualname": qualname, "diffs": diffs, "example": example})
    return {"path": path, "status": "compiled", "units": units, "seconds": elapsed}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[STDLIB])
    ap.add_argument("--pydive", default=os.environ.get(
        "PYDIVE", os.path.join(ROOT, "target", "release", "pydive")))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="only the first N files")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--json", help="write per-file results here")
    ap.add_argument("--worst", type=int, default=10)
    args = ap.parse_args()

    files = list(corpus_files(args.paths))
    if args.limit:
        files = files[: args.limit]
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmpdir, ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda p: run_one(args.pydive, p, tmpdir, args.timeout), files))
    wall = time.time() - t0

    compiled = [r for r in results if r["status"] == "compiled"]
    failed = [r for r in results if r["status"] == "failed"]
    rejected = [r for r in results if r["status"] == "cpython-rejects"]
    total_units = sum(len(r["units"]) for r in compiled)
    identical = sum(1 for r in compiled for u in r["units"] if not u["diffs"])
    files_identical = sum(1 for r in compiled if all(not u["diffs"] for u in r["units"]))
    field_counts = Counter(f for r in compiled for u in r["units"] for f in u["diffs"])

    print(f"corpus: {len(files)} files ({', '.join(args.paths)}); {wall:.0f}s wall, "
          f"{args.jobs} jobs")
    print(f"CPython rejects: {len(rejected)} files (skipped)")
    print(f"pydive compiled: {len(compiled)} / {len(files) - len(rejected)} files; "
          f"failed: {len(failed)}")
    if total_units:
        print(f"code objects identical in every field: {identical} / {total_units} "
              f"({100.0 * identical / total_units:.2f}%)")
        print(f"files whose every code object is identical: {files_identical} / "
              f"{len(compiled)}")
    print("code objects differing, per field:")
    for field, n in field_counts.most_common():
        print(f"  {field:20} {n}")
    if failed:
        why = Counter(r["why"] for r in failed)
        print("pydive failures (most common reasons):")
        for w, n in why.most_common(args.worst):
            print(f"  {n:5}  {w}")
    worst = sorted(compiled, key=lambda r: -sum(1 for u in r["units"] if u["diffs"]))
    print("worst files:")
    for r in worst[: args.worst]:
        bad = [u for u in r["units"] if u["diffs"]]
        if not bad:
            break
        u = bad[0]
        print(f"  {os.path.relpath(r['path'], args.paths[0]) if os.path.isdir(args.paths[0]) else r['path']}: "
              f"{len(bad)}/{len(r['units'])} differ; e.g. {u['qualname']}: {u['diffs']}"
              + (f" ({u['example']})" if u["example"] else ""))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    sys.exit(main())
