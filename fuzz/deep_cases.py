"""Prints what CPython 3.12's compile() does with each deep/huge case of
crates/compiler/tests/robustness.rs (the `cpython` column of DEEP_CASES).

    PYDIVE_DUMP_DEEP_CASES=/tmp/deep cargo test -p pydive-compiler --test robustness deep_and_huge_inputs_match_cpython_outcome
    python3.12 fuzz/deep_cases.py /tmp/deep

Each line is `NAME: Ok` or `NAME: Class: message`; the test compares the class and a prefix
of the message. Every case is compiled in a fresh interpreter: CPython itself can crash on
some of them (the line then says `crash (signal N)`).
"""
import pathlib
import subprocess
import sys

ONE = r"""
import sys
source = open(sys.argv[1], "rb").read().decode("utf-8", "surrogatepass")
try:
    compile(source, "<s>", "exec")
    print("Ok")
except BaseException as e:  # MemoryError and RecursionError too
    msg = e.msg if isinstance(e, SyntaxError) else str(e)
    print(f"{type(e).__name__}: {msg}")
"""

for path in sorted(pathlib.Path(sys.argv[1]).glob("*.py")):
    run = subprocess.run([sys.executable, "-c", ONE, str(path)], capture_output=True, text=True)
    if run.returncode < 0:
        print(f"{path.stem}: crash (signal {-run.returncode})")
    else:
        print(f"{path.stem}: {run.stdout.strip()}")
