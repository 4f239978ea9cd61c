"""Differential tests for pydive's asyncio: goldens recorded by CPython 3.12's asyncio.

    python3.12 _tools/check.py --record [PROGRAM...]   # write PROGRAM.py.out/.err/.rc with CPython
    python3.12 _tools/check.py [PROGRAM...]            # run with lib/asyncio under CPython, compare
    python3.12 _tools/check.py --pydive BIN [PROGRAM...]  # run with `BIN PROGRAM.py`, compare

Layout of a golden (same as the seed examples and scripts/regen_golden.sh): stdout in
.out, stderr in .err, the exit status in .rc; memory addresses written 0xADDR and the
program's folder written <dir>. Programs run from their own folder, by absolute path,
with PYTHONHASHSEED=0 PYTHONUNBUFFERED=1, and a 10 s limit (3 s for a program calling
run_forever()), exit status 124 beyond it, as `timeout` reports. A program may name extra environment in a first-line comment
`# env: NAME=value ...` (e.g. PYDIVE_VIRTUAL_TIME=1 — CPython ignores it).
Goldens are exactly what scripts/regen_golden.sh records. When comparing, traceback
entries inside asyncio's own files are dropped on both sides (see drop_asyncio_frames):
their paths and line numbers cannot be CPython's. The programs whose output has such
entries in CPython live in internal_frames/ (one folder deeper), out of the main
corpus run by crates/cli/tests/programs.rs, which compares bytes exactly.
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.dirname(HERE)
PYTHON = '/root/.pyenv/versions/3.12.1/bin/python3.12'
HARNESS = os.path.join(HERE, 'with_pydive_asyncio.py')
LIMIT = 10


def programs(args):
    if args:
        return [os.path.abspath(a) for a in args]
    found = []
    for folder in (PROGRAMS, os.path.join(PROGRAMS, 'internal_frames')):
        for name in sorted(os.listdir(folder)):
            if name.endswith('.py') and not name.startswith('_'):
                found.append(os.path.join(folder, name))
    return found


# asyncio's files, and lib/contextvars.py whose Context.run is C code in CPython.
_ASYNCIO_FRAME = re.compile(r'^\s*File "[^"]*/(?:asyncio/[^"/]*|contextvars\.py)", line \d+, in ')


def drop_asyncio_frames(text):
    """Drop traceback entries inside asyncio itself (and their source/caret lines).

    CPython's tracebacks show its Lib/asyncio paths and line numbers, and none for
    Future/Task (C code); ours show lib/asyncio's. The program's own frames, the
    exception and its message are still compared exactly.
    """
    out = []
    dropping = False
    for line in text.splitlines(True):
        if _ASYNCIO_FRAME.match(line):
            dropping = True
            continue
        if dropping and line.startswith('    '):
            continue
        dropping = False
        out.append(line)
    return ''.join(out)


def normalize(text, folder):
    """What scripts/regen_golden.sh writes: <dir> for the folder, 0xADDR for hex literals."""
    text = text.replace(folder, '<dir>')
    return re.sub(r'0x[0-9a-fA-F]+', '0xADDR', text)


def extra_env(path):
    with open(path, encoding='utf-8') as f:
        first = f.readline()
    env = {}
    m = re.match(r'#\s*env:\s*(.*)', first)
    if m:
        for item in m.group(1).split():
            k, _, v = item.partition('=')
            env[k] = v
    return env


def run(argv, path):
    folder = os.path.dirname(path)
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONUNBUFFERED='1')
    # Our contextvars and heapq too (pure Python, as pydive will run them), unless told.
    env.setdefault('PYDIVE_OWN_MODULES', 'contextvars,heapq')
    env.update(extra_env(path))
    try:
        with open(path, encoding='utf-8') as f:
            limit = 3 if 'run_forever()' in f.read() else LIMIT
        proc = subprocess.run(argv, cwd=folder, env=env, capture_output=True, timeout=limit)
        out, err, rc = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as exc:
        out, err, rc = exc.stdout or b'', exc.stderr or b'', 124
    return (normalize(out.decode('utf-8', 'replace'), folder),
            normalize(err.decode('utf-8', 'replace'), folder),
            f'{rc}\n')


def main():
    args = sys.argv[1:]
    mode = 'ours'
    runner = [PYTHON, HARNESS]
    if args and args[0] == '--record':
        mode = 'record'
        args = args[1:]
    elif args and args[0] == '--pydive':
        mode = 'pydive'
        runner = [args[1]]
        args = args[2:]
    failures = 0
    paths = programs(args)
    for path in paths:
        if mode == 'record':
            got = run([PYTHON, path], path)
            for suffix, text in zip(('.out', '.err', '.rc'), got):
                with open(path + suffix, 'w', encoding='utf-8') as f:
                    f.write(text)
            print(f'recorded {os.path.basename(path)}')
            continue
        got = tuple(drop_asyncio_frames(t) for t in run(runner + [path], path))
        want = []
        for suffix in ('.out', '.err', '.rc'):
            with open(path + suffix, encoding='utf-8') as f:
                want.append(drop_asyncio_frames(f.read()))
        if tuple(want) == got:
            print(f'ok   {os.path.basename(path)}')
        else:
            failures += 1
            print(f'FAIL {os.path.basename(path)}')
            for suffix, w, g in zip(('.out', '.err', '.rc'), want, got):
                if w != g:
                    import difflib
                    diff = difflib.unified_diff(w.splitlines(True), g.splitlines(True),
                                                'expected' + suffix, 'got' + suffix)
                    sys.stdout.write(''.join(diff))
    if mode != 'record':
        print(f'{len(paths) - failures}/{len(paths)} passed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
