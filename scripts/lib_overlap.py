"""How much of lib/ repeats CPython's Lib/ line for line.

pydive's pure-Python modules must be written in the project's own words (CPython is the oracle
for behaviour, not a source to copy). For every lib/*.py that has a namesake in CPython 3.12's
Lib/, this prints the share of our non-comment lines longer than 25 characters that also occur,
stripped, somewhere in CPython's file. Lines that behaviour forces (error messages, signatures)
keep the share above zero; a high share means the file was transcribed.

Usage: python3.12 scripts/lib_overlap.py [-a]   (-a: list every file, not only those above 20%)
"""
import os, sys
CP = os.path.dirname(os.__file__)  # the running CPython's Lib/
LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib")
def lines(p):
    out = []
    try:
        for l in open(p, encoding="utf-8", errors="replace"):
            s = l.strip()
            if len(s) > 25 and not s.startswith("#"):
                out.append(s)
    except FileNotFoundError:
        pass
    return out
rows = []
for root, _, files in os.walk(LIB):
    for f in files:
        if not f.endswith(".py"): continue
        p = os.path.join(root, f); rel = os.path.relpath(p, LIB)
        cp = os.path.join(CP, rel)
        ours = lines(p)
        theirs = set(lines(cp))
        # Where CPython's module is a shim over C, its pure-Python twin is the one to compare.
        twin = os.path.join(CP, os.path.dirname(rel), "_py" + os.path.basename(rel))
        theirs |= set(lines(twin))
        if not ours or not theirs: continue
        same = sum(1 for l in ours if l in theirs)
        rows.append((same / len(ours), same, len(ours), rel))
rows.sort(reverse=True)
for r in rows:
    if r[0] > 0.2 or "-a" in sys.argv:
        print(f"{r[0]*100:5.1f}% {r[1]:5d}/{r[2]:5d} {r[3]}")
