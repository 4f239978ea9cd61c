#!/usr/bin/env python3.12
"""Runs unittest-based modules of CPython 3.12's own Lib/test under pydive and counts, per
module, the tests that pass, fail, error, are skipped (or expected failures) and that crash
the interpreter or hang.

Run it with CPython 3.12 as a driver only: it copies the installed Lib/test (its top-level
modules, `test.support` and the packages named below) into a scratch folder and runs
`_unittest_driver.py MODULE` there with the interpreter under test, which imports the module,
collects its tests and prints one line per test. When that process crashes, or prints nothing
for --timeout seconds (one test), the test it was running counts as `crash`/`timeout` and the
module runs again without it and without the tests already reported.

Usage: run_unittests.py [--interp PATH] [--timeout S] [-v] [--details FILE] [--keep]
                        [MODULE ...]
  --interp   the interpreter (default $PYDIVE, else $CARGO_TARGET_DIR/release/pydive); pass
             python3.12 to measure CPython under the same runner
  -v         list every test that does not pass, with the first line of its reason
  --details  write every test's result (`MODULE STATUS ID | reason`) to FILE
  --keep     keep the scratch folder (to rerun one module by hand:
             `cd FOLDER; pydive _unittest_driver.py test.test_bool`)
  MODULE     test modules (default: the list below), e.g. test_bool test_asyncio.test_locks
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CPYTHON_TEST = "/root/.pyenv/versions/3.12.1/lib/python3.12/test"

MODULES = """
test_bool test_int test_float test_list test_tuple test_dict test_set test_string test_format
test_fstring test_scope test_class test_descr test_exceptions test_with test_contextlib
test_generators test_coroutines test_asyncgen test_types test_enum test_dataclasses
test_functools test_itertools test_collections test_heapq test_bisect test_operator
test_keywordonlyarg test_unpack test_grammar test_patma test_augassign test_richcmp
test_opcodes test_raise test_baseexception test_exception_group test_except_star
test_asyncio.test_queues test_asyncio.test_locks test_asyncio.test_tasks
""".split()

# Folders of Lib/test copied whole (its top-level files always are).
PACKAGES = ["support", "typinganndata", "test_asyncio", "test_dataclasses", "tokenizedata",
            "data", "certdata", "ziptestdata"]

# Edits made to the copies, each for a gap of pydive that would otherwise stop every test
# module importing the helper (the gap is listed in docs/CONFORMANCE-VM.md, not hidden):
# (file under Lib/test, text, replacement).
SHIMS = [
    # pydive's str is UTF-8 and holds no lone surrogates, so 'surrogateescape' cannot decode
    # b'\xff'; the name only serves tests of undecodable file names.
    ("support/os_helper.py",
     "        TESTFN_UNENCODABLE = TESTFN_ASCII \\\n"
     "            + b'-\\xff'.decode(sys.getfilesystemencoding(), 'surrogateescape')\n",
     "        TESTFN_UNENCODABLE = None\n"),
    ("support/os_helper.py",
     "            name.decode(sys.getfilesystemencoding(),\n"
     "                        sys.getfilesystemencodeerrors())\n",
     "            name.decode(sys.getfilesystemencoding(), 'strict')\n"),
    # _imp is CPython's C import machinery; import_helper uses it only to switch frozen
    # modules off (pydive freezes none that tests reload) and the subinterpreter check.
    ("support/import_helper.py", "import _imp\n",
     "try:\n    import _imp\nexcept ImportError:\n"
     "    class _imp:\n"
     "        _override_frozen_modules_for_tests = staticmethod(lambda override: None)\n"
     "        _override_multi_interp_extensions_check = staticmethod(lambda override: 0)\n"),
    # py_compile (writing .pyc files) is not in pydive's library; script_helper uses it only
    # in make_zip_script/make_pkg (compiled=True), which no module run here calls.
    ("support/script_helper.py", "import py_compile\n",
     "try:\n    import py_compile\nexcept ImportError:\n    py_compile = None\n"),
]

STATUSES = ["ok", "fail", "error", "skip", "xfail", "xpass", "crash", "timeout"]


def prepare(work):
    dest = os.path.join(work, "test")
    os.makedirs(dest)
    for name in os.listdir(CPYTHON_TEST):
        path = os.path.join(CPYTHON_TEST, name)
        if os.path.isfile(path):
            shutil.copy(path, dest)
    for name in PACKAGES:
        shutil.copytree(os.path.join(CPYTHON_TEST, name), os.path.join(dest, name),
                        ignore=shutil.ignore_patterns("__pycache__"))
    for name, text, replacement in SHIMS:
        path = os.path.join(dest, name)
        with open(path) as f:
            source = f.read()
        assert text in source, (name, text)
        with open(path, "w") as f:
            f.write(source.replace(text, replacement, 1))
    shutil.copy(os.path.join(HERE, "_unittest_driver.py"), work)


def run_module(interp, work, module, limit):
    """Returns {test id: (status, reason)} in the order reported, and notes about the runs."""
    results = {}
    notes = []
    skipfile = os.path.join(work, "skip.txt")
    for _ in range(200):
        with open(skipfile, "w") as f:
            f.write("".join(t + "\n" for t in results))
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONUNBUFFERED="1",
                   PYTHONDONTWRITEBYTECODE="1")
        errfile = open(os.path.join(work, "stderr.txt"), "w+b")
        proc = subprocess.Popen([interp, "_unittest_driver.py", "test." + module, skipfile],
                                cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=errfile, env=env)
        current = None
        finished = False
        timed_out = False
        os.set_blocking(proc.stdout.fileno(), False)
        buf = b""
        last = time.monotonic()
        while True:
            chunk = None
            try:
                chunk = proc.stdout.read()
            except BlockingIOError:
                pass
            if chunk:
                buf += chunk
                last = time.monotonic()
                *lines, buf = buf.split(b"\n")
                for raw in lines:
                    line = raw.decode("utf-8", "replace")
                    what, _, rest = line.partition(" ")
                    test, _, why = rest.partition(" | ")
                    if what == "start":
                        current = test
                    elif what in STATUSES:
                        results[test] = (what, why)
                        if test == current:
                            current = None
                    elif what == "done":
                        finished = True
            elif chunk == b"" and proc.poll() is not None:
                break
            if time.monotonic() - last > limit:
                proc.kill()
                timed_out = True
                proc.wait()
                break
            time.sleep(0.02)
        proc.wait()
        errfile.seek(0)
        err = errfile.read().decode("utf-8", "replace").strip().splitlines()
        errfile.close()
        if finished:
            break
        if current is None:
            # Died outside any test (importing the module, collecting, or between tests).
            notes.append("stopped outside a test (exit %s): %s"
                         % (proc.returncode, err[-1][:200] if err else ""))
            break
        if timed_out:
            results[current] = ("timeout", "no output for %ss" % limit)
        else:
            results[current] = ("crash", "exit %s" % proc.returncode)
    return results, notes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--details")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder")
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args()
    interp = args.interp or os.environ.get("PYDIVE")
    if not interp:
        target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
        interp = os.path.join(target, "release", "pydive")
    interp = shutil.which(interp) or interp
    modules = args.modules or MODULES
    work = tempfile.mkdtemp(prefix="pydive-unittests-")
    totals = dict.fromkeys(STATUSES, 0)
    details = []
    try:
        prepare(work)
        print("%-30s %6s %5s %5s %5s %5s %5s %5s %5s %6s" % (
            "module", "tests", "ok", "fail", "error", "skip", "xfail", "crash", "hang", "pass%"))
        for module in modules:
            t0 = time.monotonic()
            results, notes = run_module(interp, work, module, args.timeout)
            counts = dict.fromkeys(STATUSES, 0)
            for test, (status, why) in results.items():
                if test.startswith("unittest.loader._FailedTest"):
                    notes.append("import failed: " + why)
                counts[status] += 1
                details.append("%s %s %s%s" % (module, status, test, " | " + why if why else ""))
            for k in STATUSES:
                totals[k] += counts[k]
            n = len(results)
            ran = n - counts["skip"]
            good = counts["ok"] + counts["xfail"]
            print("%-30s %6d %5d %5d %5d %5d %5d %5d %5d %5.1f%%  (%.0fs)%s" % (
                module, n, counts["ok"], counts["fail"], counts["error"], counts["skip"],
                counts["xfail"], counts["crash"], counts["timeout"],
                100.0 * good / ran if ran else 0.0, time.monotonic() - t0,
                "  " + "; ".join(notes) if notes else ""), flush=True)
            if args.v:
                for test, (status, why) in results.items():
                    if status not in ("ok", "skip", "xfail"):
                        print("    %-7s %s%s" % (status, test, " | " + why if why else ""))
        n = sum(totals.values())
        ran = n - totals["skip"]
        good = totals["ok"] + totals["xfail"]
        print("%-30s %6d %5d %5d %5d %5d %5d %5d %5d %5.1f%%" % (
            "total", n, totals["ok"], totals["fail"], totals["error"], totals["skip"],
            totals["xfail"], totals["crash"], totals["timeout"],
            100.0 * good / ran if ran else 0.0))
        if args.details:
            with open(args.details, "w") as f:
                f.write("\n".join(details) + "\n")
    finally:
        if args.keep:
            print("scratch folder kept:", work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
