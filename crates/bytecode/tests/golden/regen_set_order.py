"""Record CPython 3.12's iteration order of int sets for tests/set_order.rs.

Run from the repository root:
    python3.12 crates/bytecode/tests/golden/regen_set_order.py
Each line: the ints in insertion order | the same set as CPython iterates it.
"""
import os
import random
import sys

assert sys.version_info[:2] == (3, 12)
random.seed(5)
extremes = [2**62, -2**61 + 1, 2**61 - 1, 2**61, -1, -2, 2**100, -2**100, 0]
lines = []
for _ in range(300):
    vals = random.sample(range(-50, 3000), random.randint(1, 60))
    vals += random.sample(extremes, random.randint(0, 3))
    vals = list(dict.fromkeys(vals))
    s = set()
    for v in vals:
        s.add(v)
    lines.append(" ".join(map(str, vals)) + " | " + " ".join(map(str, s)))
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "set_order.txt"), "w") as f:
    f.write("\n".join(lines) + "\n")
