"""A basic unittest for pydive: TestCase with the common assertions, setUp/tearDown (and the
class-level ones), skips and expected failures, TestSuite, TestLoader, TestResult,
TextTestRunner and main(), printing what CPython 3.12's runner prints.

IsolatedAsyncioTestCase (async_case.py) runs coroutine tests and setUp/tearDown in an
asyncio.Runner. Not here yet: subTest, mocks (unittest.mock), test discovery from
directories, the detailed diffs CPython adds to assertEqual of long sequences and strings.
"""

import sys
import time
import traceback

__unittest = True

__all__ = ["TestCase", "TestSuite", "TestLoader", "TestResult", "TextTestRunner",
           "TextTestResult", "SkipTest", "main", "skip", "skipIf", "skipUnless",
           "expectedFailure", "defaultTestLoader", "FunctionTestCase",
           "IsolatedAsyncioTestCase"]


class SkipTest(Exception):
    """Raise to skip the running test."""


def skip(reason):
    def mark(item):
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, type(mark)):
        raise TypeError("skip() needs a reason")
    return mark


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda item: item)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda item: item)


def expectedFailure(fn):
    fn.__unittest_expecting_failure__ = True
    return fn


class _Raises:
    """What assertRaises/assertRaisesRegex return as a context manager."""

    def __init__(self, case, expected, regex=None, msg=None):
        self.case = case
        self.expected = expected
        self.regex = regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, tp, value, tb):
        if tp is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            self.case.fail(self.case._formatMessage(self.msg, f"{name} not raised"))
        if not issubclass(tp, self.expected):
            return False
        self.exception = value.with_traceback(None)
        if self.regex is not None:
            import re
            pattern = re.compile(self.regex) if isinstance(self.regex, str) else self.regex
            if not pattern.search(str(value)):
                self.case.fail(self.case._formatMessage(
                    self.msg, f'"{pattern.pattern}" does not match "{value}"'))
        return True


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        if methodName != "runTest" and not hasattr(self, methodName):
            raise ValueError(f"no such test method in {type(self)}: {methodName}")
        meth = getattr(self, methodName, None)
        self._testMethodDoc = getattr(meth, "__doc__", None)

    # -- running
    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    # How run() calls the fixtures and the test: IsolatedAsyncioTestCase overrides these.
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def id(self):
        return f"{type(self).__module__}.{type(self).__qualname__}.{self._testMethodName}"

    def __str__(self):
        return f"{self._testMethodName} ({type(self).__module__}.{type(self).__qualname__}.{self._testMethodName})"

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} testMethod={self._testMethodName}>"

    def __eq__(self, other):
        return type(self) is type(other) and self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def countTestCases(self):
        return 1

    def skipTest(self, reason):
        raise SkipTest(reason)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        if result is None:
            result = TestResult()
        method = getattr(self, self._testMethodName)
        skip_why = None
        if getattr(type(self), "__unittest_skip__", False):
            skip_why = type(self).__unittest_skip_why__
        elif getattr(method, "__unittest_skip__", False):
            skip_why = method.__unittest_skip_why__
        if skip_why is not None:
            # as 3.12.1: a test skipped by decorator is reported without startTest
            result.addSkip(self, skip_why)
            return result
        result.startTest(self)
        try:
            expecting = getattr(method, "__unittest_expecting_failure__", False)
            ok = self._call(result, self._callSetUp, False)
            if ok:
                ok = self._call(result, lambda: self._callTestMethod(method), expecting)
                if ok is None:
                    ok = False
                elif ok and expecting:
                    result.addUnexpectedSuccess(self)
                    ok = False
                ok = self._call(result, self._callTearDown, False) and ok
                if ok:
                    result.addSuccess(self)
            try:
                self.doCleanups()
            except Exception:
                result.addError(self, sys.exc_info())
        finally:
            result.stopTest(self)
        return result

    def _call(self, result, fn, expecting):
        # True: passed; False: failed/errored/skipped (reported); None: expected failure
        try:
            fn()
        except SkipTest as e:
            result.addSkip(self, str(e))
            return False
        except KeyboardInterrupt:
            raise
        except self.failureException:
            if expecting:
                result.addExpectedFailure(self, sys.exc_info())
                return None
            result.addFailure(self, sys.exc_info())
            return False
        except BaseException:
            if expecting:
                result.addExpectedFailure(self, sys.exc_info())
                return None
            result.addError(self, sys.exc_info())
            return False
        return True

    # -- assertions
    def _formatMessage(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        return f"{standard} : {msg}"

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, f"{_safe_repr(expr)} is not true"))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, f"{_safe_repr(expr)} is not false"))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, f"{_safe_repr(first)} != {_safe_repr(second)}"))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, f"{_safe_repr(first)} == {_safe_repr(second)}"))

    assertListEqual = assertTupleEqual = assertDictEqual = assertSetEqual = assertEqual
    assertMultiLineEqual = assertSequenceEqual = assertEqual

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = f"{_safe_repr(first)} != {_safe_repr(second)} within {_safe_repr(delta)} delta ({_safe_repr(diff)} difference)"
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            standard = f"{_safe_repr(first)} != {_safe_repr(second)} within {places} places ({_safe_repr(diff)} difference)"
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = f"{_safe_repr(first)} == {_safe_repr(second)} within {_safe_repr(delta)} delta ({_safe_repr(diff)} difference)"
        else:
            places = 7 if places is None else places
            if not (first == second) and round(diff, places) != 0:
                return
            standard = f"{_safe_repr(first)} == {_safe_repr(second)} within {places} places"
        self.fail(self._formatMessage(msg, standard))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, f"{_safe_repr(expr1)} is not {_safe_repr(expr2)}"))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, f"unexpectedly identical: {_safe_repr(expr1)}"))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f"{_safe_repr(obj)} is not None"))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, f"{_safe_repr(member)} not found in {_safe_repr(container)}"))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, f"{_safe_repr(member)} unexpectedly found in {_safe_repr(container)}"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f"{_safe_repr(obj)} is not an instance of {cls!r}"))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f"{_safe_repr(obj)} is an instance of {cls!r}"))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, f"{_safe_repr(a)} not greater than {_safe_repr(b)}"))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, f"{_safe_repr(a)} not greater than or equal to {_safe_repr(b)}"))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, f"{_safe_repr(a)} not less than {_safe_repr(b)}"))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, f"{_safe_repr(a)} not less than or equal to {_safe_repr(b)}"))

    def assertCountEqual(self, first, second, msg=None):
        from collections import Counter
        a, b = list(first), list(second)
        try:
            same = Counter(a) == Counter(b)
        except TypeError:
            rest = list(b)
            same = len(a) == len(b)
            for x in a:
                if x in rest:
                    rest.remove(x)
                else:
                    same = False
        if not same:
            self.fail(self._formatMessage(msg, "Element counts were not equal"))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        pattern = re.compile(expected_regex) if isinstance(expected_regex, str) else expected_regex
        if not pattern.search(text):
            self.fail(self._formatMessage(msg, f"Regex didn't match: {pattern.pattern!r} not found in {text!r}"))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        pattern = re.compile(unexpected_regex) if isinstance(unexpected_regex, str) else unexpected_regex
        m = pattern.search(text)
        if m:
            self.fail(self._formatMessage(
                msg, f"Regex matched: {text[m.start():m.end()]!r} matches {pattern.pattern!r} in {text!r}"))

    def assertRaises(self, expected_exception, *args, **kwargs):
        ctx = _Raises(self, expected_exception, msg=kwargs.pop("msg", None))
        if not args:
            return ctx
        fn, *args = args
        with ctx:
            fn(*args, **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        ctx = _Raises(self, expected_exception, expected_regex, msg=kwargs.pop("msg", None))
        if not args:
            return ctx
        fn, *args = args
        with ctx:
            fn(*args, **kwargs)


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._fn = testFunc
        self._set_up = setUp
        self._tear_down = tearDown
        self._description = description

    def setUp(self):
        if self._set_up is not None:
            self._set_up()

    def tearDown(self):
        if self._tear_down is not None:
            self._tear_down()

    def runTest(self):
        self._fn()

    def id(self):
        return self._fn.__name__

    def __str__(self):
        return f"{type(self).__module__}.{type(self).__qualname__} ({self._fn.__name__})"


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for t in tests:
            self.addTest(t)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def __call__(self, result):
        return self.run(result)

    def run(self, result):
        classes_done = []
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                cls = type(test)
                if cls not in classes_done:
                    self._tear_down_last(classes_done, result)
                    classes_done.append(cls)
                    if not getattr(cls, "__unittest_skip__", False):
                        try:
                            cls.setUpClass()
                        except Exception:
                            result.addError(_ClassFixture("setUpClass", cls), sys.exc_info())
                            cls._pydive_class_failed = True
                if getattr(cls, "_pydive_class_failed", False):
                    continue
            test(result)
        self._tear_down_last(classes_done, result)
        return result

    @staticmethod
    def _tear_down_last(classes_done, result):
        if not classes_done:
            return
        cls = classes_done[-1]
        if getattr(cls, "_pydive_class_failed", False) or getattr(cls, "__unittest_skip__", False):
            return
        if getattr(cls, "_pydive_torn_down", False):
            return
        cls._pydive_torn_down = True
        try:
            cls.tearDownClass()
        except Exception:
            result.addError(_ClassFixture("tearDownClass", cls), sys.exc_info())

    def __repr__(self):
        return f"<unittest.suite.TestSuite tests={self._tests!r}>"


class _ClassFixture:
    def __init__(self, name, cls):
        self.description = f"{name} ({cls.__module__}.{cls.__qualname__})"

    def __str__(self):
        return self.description

    def shortDescription(self):
        return None


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))

    def getTestCaseNames(self, testCaseClass):
        names = [n for n in dir(testCaseClass)
                 if n.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, n))]
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite.")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return TestSuite([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj not in (TestCase, FunctionTestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        return TestSuite(tests)

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        obj = module if module is not None else __import__(parts.pop(0))
        for p in parts:
            parent, obj = obj, getattr(obj, p)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and issubclass(parent, TestCase):
            return TestSuite([parent(obj.__name__)])
        if isinstance(obj, TestSuite):
            return obj
        return self.loadTestsFromModule(obj)

    def loadTestsFromNames(self, names, module=None):
        return TestSuite([self.loadTestsFromName(n, module) for n in names])


defaultTestLoader = TestLoader()


def _is_unittest_frame(frame):
    return "__unittest" in frame.f_globals


def _format_err(test, err):
    tp, value, tb = err
    # drop the runner's frames before the test and the assertion helpers after it
    while tb is not None and _is_unittest_frame(tb.tb_frame):
        tb = tb.tb_next
    frames = []
    while tb is not None and not _is_unittest_frame(tb.tb_frame):
        pos = traceback._get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if pos[0] is None:
            pos = (tb.tb_lineno,) + tuple(pos[1:])
        frames.append((tb.tb_frame, pos))
        tb = tb.tb_next
    lines = []
    if frames:
        lines.append("Traceback (most recent call last):\n")
        summary = traceback.StackSummary._extract_from_extended_frame_gen(iter(frames))
        lines.extend(summary.format())
    lines.extend(traceback.format_exception_only(tp, value))
    return "".join(lines)


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False
        self.buffer = False
        self.failfast = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def addSuccess(self, test):
        pass

    def addError(self, test, err):
        self.errors.append((test, _format_err(test, err)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, _format_err(test, err)))
        if self.failfast:
            self.stop()

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _format_err(test, err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return (f"<unittest.result.TestResult run={self.testsRun} "
                f"errors={len(self.errors)} failures={len(self.failures)}>")


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions

    def getDescription(self, test):
        doc = test.shortDescription()
        if self.descriptions and doc:
            return f"{test}\n{doc}"
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()

    def _report(self, long, short):
        if self.showAll:
            self.stream.write(long + "\n")
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report("ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._report("ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report("FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(f"skipped {reason!r}", "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report("expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report("unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write("\n")
            self.stream.flush()
        for flavour, errors in (("ERROR", self.errors), ("FAIL", self.failures)):
            for test, text in errors:
                self.stream.write(self.separator1 + "\n")
                self.stream.write(f"{flavour}: {self.getDescription(test)}\n")
                self.stream.write(self.separator2 + "\n")
                self.stream.write(f"{text}\n")
        for test in self.unexpectedSuccesses:
            self.stream.write(self.separator1 + "\n")
            self.stream.write(f"UNEXPECTED SUCCESS: {self.getDescription(test)}\n")
        self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        result = self.resultclass(self.stream, self.descriptions, self.verbosity)
        result.failfast = self.failfast
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = time.perf_counter() - start
        result.printErrors()
        w = self.stream.write
        w(result.separator2 + "\n")
        run = result.testsRun
        w(f"Ran {run} test{'' if run == 1 else 's'} in {taken:.3f}s\n")
        w("\n")
        infos = []
        if not result.wasSuccessful():
            w("FAILED")
            if result.failures:
                infos.append(f"failures={len(result.failures)}")
            if result.errors:
                infos.append(f"errors={len(result.errors)}")
        elif run == 0 and not result.skipped:
            w("NO TESTS RAN")
        else:
            w("OK")
        if result.skipped:
            infos.append(f"skipped={len(result.skipped)}")
        if result.expectedFailures:
            infos.append(f"expected failures={len(result.expectedFailures)}")
        if result.unexpectedSuccesses:
            infos.append(f"unexpected successes={len(result.unexpectedSuccesses)}")
        if infos:
            w(f" ({', '.join(infos)})\n")
        else:
            w("\n")
        self.stream.flush()
        return result


class TestProgram:
    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        self.module = module
        argv = list(sys.argv if argv is None else argv)
        self.verbosity = verbosity
        names = []
        for a in argv[1:]:
            if a in ("-v", "--verbose"):
                self.verbosity = 2
            elif a in ("-q", "--quiet"):
                self.verbosity = 0
            elif a in ("-f", "--failfast"):
                failfast = True
            elif not a.startswith("-"):
                names.append(a)
        if defaultTest is not None and not names:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = testLoader.loadTestsFromNames(names, module)
        else:
            self.test = testLoader.loadTestsFromModule(module)
        runner = testRunner or TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(failfast))
        self.result = runner.run(self.test)
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def __getattr__(name):
    # imported on first use, as CPython does (it brings in asyncio)
    if name == "IsolatedAsyncioTestCase":
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
