#!/usr/bin/env python3.12
"""Compiler speed: `pydive compile` vs CPython 3.12's `compile()` on the standard library.

    python3.12 bench/compile_stdlib.py [--pydive PATH] [--limit N] [PATHS...]

Both sides compile the same files (CPython 3.12's Lib/ without test folders, only the files
both compile). CPython is timed in-process around `compile(source, path, "exec")` (best of 3).
pydive is timed per file as the wall time of `pydive compile FILE -o OUT.pyc` (best of 3),
minus its start-up cost (median time to compile an empty file), so both sides measure parse +
compile (+ for pydive, writing the .pyc). Ratio below 1.0 = pydive faster.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from conformance import STDLIB, corpus_files  # noqa: E402


def time_pydive(pydive, path, out, runs=3):
    best = None
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run([pydive, "compile", path, "-o", out], capture_output=True)
        dt = time.perf_counter() - t0
        if proc.returncode != 0:
            return None
        best = dt if best is None else min(best, dt)
    return best


def time_cpython(source, path, runs=3):
    best = None
    for _ in range(runs):
        t0 = time.perf_counter()
        compile(source, path, "exec", dont_inherit=True)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[STDLIB])
    ap.add_argument("--pydive", default=os.environ.get(
        "PYDIVE", os.path.join(ROOT, "target", "release", "pydive")))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    files = list(corpus_files(args.paths))
    if args.limit:
        files = files[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.pyc")
        empty = os.path.join(tmp, "empty.py")
        open(empty, "w").close()
        startup = statistics.median(time_pydive(args.pydive, empty, out, 1) for _ in range(21))
        total_py, total_pd, n, size = 0.0, 0.0, 0, 0
        for path in files:
            with open(path, "rb") as f:
                source = f.read()
            try:
                t_py = time_cpython(source, path)
            except (SyntaxError, ValueError):
                continue
            t_pd = time_pydive(args.pydive, path, out)
            if t_pd is None:
                continue
            total_py += t_py
            total_pd += t_pd
            n += 1
            size += len(source)
    corrected = max(total_pd - n * startup, 0.0)
    print(f"files compiled by both: {n} ({size / 1e6:.1f} MB of source)")
    print(f"CPython 3.12 compile(): {total_py:.2f}s")
    print(f"pydive compile: {total_pd:.2f}s wall incl. process start-up "
          f"({startup * 1e3:.1f} ms each); {corrected:.2f}s without start-up")
    print(f"ratio pydive/CPython: {corrected / total_py:.2f} (without start-up), "
          f"{total_pd / total_py:.2f} (wall incl. start-up)")


if __name__ == "__main__":
    main()
