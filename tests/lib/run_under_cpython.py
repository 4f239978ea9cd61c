#!/usr/bin/env python3.12
"""Differential tests of pydive's pure-Python stdlib (lib/), run under CPython 3.12.

Each case is a small program in tests/lib/cases/<module>/NAME.py. It is run twice by
CPython 3.12: once with CPython's own modules ("stock"), once with our lib/ modules put
in sys.modules under their real names ("pydive lib"). stdout, stderr and the exit status
must be identical. A first line `# modules: a b` names further lib modules to substitute
(the case's folder name is always substituted).

    python3.12 tests/lib/run_under_cpython.py [-v] [--regen] [SUBSTRING...]

--regen also writes the stock output beside each case (NAME.py.out/.err/.rc, paths
normalised to <dir>) so pydive itself can later be checked against CPython's recording.
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(ROOT, "lib")
CASES = os.path.join(HERE, "cases")
PYTHON = os.environ.get("PYTHON312", "/root/.pyenv/versions/3.12.1/bin/python3.12")

# Loads the named lib modules under their real names, then runs the case as __main__.
BOOTSTRAP = r"""
import sys, importlib, importlib.util
sys.dont_write_bytecode = True
lib, path, names = sys.argv[1], sys.argv[2], sys.argv[3].split()
for name in names:
    parts = name.split('.')
    base = lib + '/' + '/'.join(parts)
    import os
    if os.path.isdir(base):
        spec = importlib.util.spec_from_file_location(name, base + '/__init__.py',
                                                      submodule_search_locations=[base])
    else:
        spec = importlib.util.spec_from_file_location(name, base + '.py')
    mod = importlib.util.module_from_spec(spec)
    old = sys.modules.get(name)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    if '.' in name:
        importlib.import_module(name.rpartition('.')[0])
        setattr(sys.modules[name.rpartition('.')[0]], parts[-1], mod)
for name in names:
    # a parent substituted after its submodule still gets the attribute
    if '.' in name:
        parent, _, child = name.rpartition('.')
        setattr(sys.modules[parent], child, sys.modules[name])
del sys.argv[:3]
src = open(path, encoding='utf-8').read()
code = compile(src, path, 'exec')
g = {'__name__': '__main__', '__file__': path, '__builtins__': __builtins__}
exec(code, g)
"""


def run(path, names, extra_env=None):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONUNBUFFERED="1")
    env.pop("PYTHONWARNINGS", None)
    if extra_env:
        env.update(extra_env)
    proc = subprocess.run(
        [PYTHON, "-I", "-c", BOOTSTRAP, LIB, path, " ".join(names)],
        capture_output=True, text=True, env=env, cwd=os.path.dirname(path), timeout=300)
    return proc.stdout, proc.stderr, proc.returncode


def normalise(text, path):
    text = text.replace(os.path.dirname(path), "<dir>")
    return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", text)


def case_modules(path):
    folder = os.path.basename(os.path.dirname(path))
    names = [folder.replace("__", ".")]
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    if first.startswith("# modules:"):
        names = first.split(":", 1)[1].split() + names
    return names


def main(argv):
    verbose = "-v" in argv
    regen = "--regen" in argv
    wanted = [a for a in argv if not a.startswith("-")]
    cases = []
    for folder in sorted(os.listdir(CASES)):
        d = os.path.join(CASES, folder)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith(".py"):
                path = os.path.join(d, name)
                if not wanted or any(w in path for w in wanted):
                    cases.append(path)
    failed = 0
    for path in cases:
        names = case_modules(path)
        stock = run(path, [])
        ours = run(path, names)
        label = os.path.relpath(path, CASES)
        if regen:
            for ext, value in zip((".out", ".err", ".rc"), stock):
                with open(path + ext, "w", encoding="utf-8") as f:
                    f.write(normalise(str(value) if ext == ".rc" else value, path)
                            + ("\n" if ext == ".rc" else ""))
        if normalise(stock[0], path) == normalise(ours[0], path) and \
                normalise(stock[1], path) == normalise(ours[1], path) and stock[2] == ours[2]:
            if verbose:
                print("ok  ", label)
        else:
            failed += 1
            print("FAIL", label)
            import difflib
            for which, a, b in (("stdout", stock[0], ours[0]), ("stderr", stock[1], ours[1])):
                a, b = normalise(a, path), normalise(b, path)
                if a != b:
                    diff = difflib.unified_diff(a.splitlines(), b.splitlines(),
                                                "cpython " + which, "pydive-lib " + which,
                                                lineterm="", n=2)
                    print("\n".join(list(diff)[:40]))
            if stock[2] != ours[2]:
                print("  exit status: cpython", stock[2], "pydive-lib", ours[2])
    print(f"{len(cases) - failed}/{len(cases)} cases identical")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
