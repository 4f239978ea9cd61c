"""Runs one CPython Lib/test module's unittest tests and prints one line per event, flushed,
for run_unittests.py to read (it runs under pydive, or CPython for the ceiling).

Usage: _unittest_driver.py MODULE [SKIPFILE]   (run from the folder holding the `test` package)
SKIPFILE lists test ids (one a line) not to run: tests already reported by an earlier run of
the same module that crashed or hung, and the test that did.

Lines printed:
  start ID                     before a test runs
  ok|fail|error|skip|xfail|xpass ID [| first line of the reason]
  loaded N                     after the module is imported and its tests collected
  done                         at the end
A failing subtest makes its test fail (or error), as unittest's own count does.
"""
import os
import sys
import unittest


def _flat(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from _flat(test)
        else:
            yield test


def _reason(err):
    if err is None:
        return ""
    exc = err[1]
    try:
        text = "%s: %s" % (type(exc).__name__, exc)
    except Exception:
        text = type(exc).__name__
    lines = text.splitlines()
    if lines and "Failed to import test module" in lines[0]:
        return lines[-1][:200]  # the import's own error ends the traceback it carries
    return lines[0][:200] if lines else ""


class _Result(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self._worst = None
        self._why = ""

    def _emit(self, what, test, why=""):
        line = "%s %s" % (what, test.id())
        if why:
            line += " | " + why
        sys.__stdout__.write(line + "\n")
        sys.__stdout__.flush()

    def startTest(self, test):
        super().startTest(test)
        self._worst = None
        self._why = ""
        self._emit("start", test)

    def stopTest(self, test):
        super().stopTest(test)
        if self._worst is not None:
            self._emit(self._worst, test, self._why)
        elif not getattr(test, "_driver_reported", False):
            self._emit("ok", test)

    def _mark(self, what, why):
        # error outranks fail outranks the rest, so one line says the worst that happened.
        order = {"error": 3, "fail": 2}
        if self._worst is None or order.get(what, 1) > order.get(self._worst, 1):
            self._worst = what
            self._why = why

    def addError(self, test, err):
        super().addError(test, err)
        if isinstance(test, unittest.TestCase):
            self._mark("error", _reason(err))
        else:
            # setUpClass / setUpModule errors arrive on a _ErrorHolder, outside start/stop.
            self._emit("error", test, _reason(err))

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark("fail", _reason(err))

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            if issubclass(err[0], test.failureException):
                self._mark("fail", _reason(err))
            else:
                self._mark("error", _reason(err))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        if isinstance(test, unittest.TestCase) and self._worst is None:
            self._mark("skip", str(reason)[:200])
        elif not isinstance(test, unittest.TestCase):
            self._emit("skip", test, str(reason)[:200])

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark("xfail", "")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark("xpass", "")


def main():
    # The `test` package is looked up in the working folder, wherever this script is.
    sys.path.insert(0, os.getcwd())
    name = sys.argv[1]
    skip = set()
    if len(sys.argv) > 2:
        with open(sys.argv[2]) as f:
            skip = {line.strip() for line in f if line.strip()}
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromName(name)
    tests = [t for t in _flat(suite) if t.id() not in skip]
    sys.__stdout__.write("loaded %d\n" % len(tests))
    sys.__stdout__.flush()
    result = _Result()
    # One suite, so that setUpClass/setUpModule run once as under unittest's own runner.
    unittest.TestSuite(tests).run(result)
    sys.__stdout__.write("done\n")
    sys.__stdout__.flush()


main()
