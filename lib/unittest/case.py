"""TestCase: one test method with its fixtures, and the assert methods with CPython 3.12's
failure messages (type-specific comparisons with difflib diffs for lists, tuples, dicts,
sets and multi-line strings)."""

import collections
import contextlib
import difflib
import functools
import pprint
import re
import sys
import time
import traceback
import types
import warnings

from . import result
from .util import (_common_shorten_repr, _count_diff_all_purpose, _count_diff_hashable,
                   safe_repr, strclass)

__unittest = True

_NO_MESSAGE = object()   # subTest() called without a message

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raised in a test (or by skipTest()) to skip it."""


class _ShouldStop(Exception):
    """Ends the test early (a failed subtest under failfast)."""


class _UnexpectedSuccess(Exception):
    """An expected failure that passed, for results without addUnexpectedSuccess."""


def _report_skip(result, test, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        add_skip(test, reason)


def _report_error(result, test, exc_info):
    if result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


class _Outcome:
    """What running one test found: whether every part passed so far, and the failure of a
    test expected to fail."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.expecting_failure = False
        self.success = True
        self.expectedFailure = None

    @contextlib.contextmanager
    def testPartExecutor(self, test_case, subTest=False):
        # one part of a test (setUp, the method, tearDown, a cleanup, a subtest): its
        # exception is reported and the run goes on with the next part
        earlier = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            _report_skip(self.result, test_case, str(e))
        except _ShouldStop:
            pass
        except:
            info = sys.exc_info()
            if self.expecting_failure:
                self.expectedFailure = info
            else:
                self.success = False
                if subTest:
                    self.result.addSubTest(test_case.test_case, test_case, info)
                else:
                    _report_error(self.result, test_case, info)
            info = None
        else:
            if subTest and self.success:
                self.result.addSubTest(test_case.test_case, test_case, None)
        finally:
            self.success = self.success and earlier


def _enter_context(cm, add_cleanup):
    # the special methods come from the type, as the with statement looks them up
    kind = type(cm)
    try:
        enter, leave = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                        f"the context manager protocol") from None
    value = enter(cm)
    add_cleanup(leave, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Like addCleanup, for the module: run after tearDownModule, or after a failed
    setUpModule."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """enterContext for the module."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, last added first; the first exception is raised after all
    have run."""
    raised = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            raised.append(exc)
    if raised:
        raise raised[0]


def skip(reason):
    """Skip the decorated test method or class unconditionally."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            @functools.wraps(original)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            item = skip_wrapper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        # used bare: @skip
        item, reason = reason, ''
        return mark(item)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Skip the decorated test when `condition` is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skip the decorated test unless `condition` is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _all_subclasses_of(expected, base):
    if isinstance(expected, tuple):
        return all(_all_subclasses_of(e, base) for e in expected)
    return isinstance(expected, type) and issubclass(expected, base)


class _BaseTestCaseContext:

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        text = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(text)


class _AssertRaisesBaseContext(_BaseTestCaseContext):

    def __init__(self, expected, test_case, expected_regex=None):
        _BaseTestCaseContext.__init__(self, test_case)
        self.expected = expected
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        """With no callable: the context manager (taking msg=). With one: call it with the
        rest of the arguments inside this context."""
        if not _all_subclasses_of(self.expected, self._base_type):
            raise TypeError(f'{name}() arg 1 must be {self._base_type_str}')
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError(f'{next(iter(kwargs))!r} is an invalid keyword argument '
                                f'for this function')
            return self
        func, *args = args
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args, **kwargs)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """assertRaises / assertRaisesRegex."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            if self.obj_name:
                self._raiseFailure(f"{name} not raised by {self.obj_name}")
            self._raiseFailure(f"{name} not raised")
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            return False   # not the one asked for: it propagates
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self._raiseFailure(f'"{self.expected_regex.pattern}" does not match '
                               f'"{exc_value}"')
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """assertWarns / assertWarnsRegex."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # warnings already shown once would not be seen again: forget them
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return
        try:
            name = self.expected.__name__
        except AttributeError:
            name = str(self.expected)
        first_of_kind = None
        for record in self.warnings:
            w = record.message
            if not isinstance(w, self.expected):
                continue
            if first_of_kind is None:
                first_of_kind = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = record.filename
            self.lineno = record.lineno
            return
        if first_of_kind is not None:
            self._raiseFailure(f'"{self.expected_regex.pattern}" does not match '
                               f'"{first_of_kind}"')
        if self.obj_name:
            self._raiseFailure(f"{name} not triggered by {self.obj_name}")
        self._raiseFailure(f"{name} not triggered")


class _OrderedChainMap(collections.ChainMap):
    # subtest parameters: outer ones first, in the order given
    def __iter__(self):
        seen = set()
        for mapping in self.maps:
            for key in mapping:
                if key not in seen:
                    seen.add(key)
                    yield key


class TestCase(object):
    """One test: the method named `methodName`, run between setUp() and tearDown().

    failureException is what the assert methods raise (a test raising it has failed rather
    than errored); longMessage adds an explicit msg= after the standard message; maxDiff
    bounds the diffs shown (None: no bound)."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # strings longer than this are compared without difflib (it would be too slow)
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        # state the suite keeps per class for setUpClass and class cleanups
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError(f"no such test method in {self.__class__}: {methodName}")
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        for kind, checker in ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                              (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                              (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, checker)

    def addTypeEqualityFunc(self, typeobj, function):
        """assertEqual of two objects of exactly `typeobj` calls `function(first, second,
        msg=None)` (a method name is looked up on the test)."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after the test, after tearDown, last added first;
        cleanups run even when setUp failed."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter context manager `cm` now and exit it as a cleanup; returns what __enter__
        returned."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """addCleanup for the class: run after tearDownClass, or after a failed setUpClass."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """enterContext for the class."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        "Hook method for setting up the test fixture before exercising it."

    def tearDown(self):
        "Hook method for deconstructing the test fixture after testing it."

    @classmethod
    def setUpClass(cls):
        "Hook method for setting up class fixture before running tests in the class."

    @classmethod
    def tearDownClass(cls):
        "Hook method for deconstructing the class fixture after running all tests in the class."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return result.TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return f"{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A block run as a subtest named by `msg` and `params`: its failure is reported and
        the test goes on after the block."""
        if self._outcome is None or not self._outcome.result_supports_subtests:
            yield
            return
        outer = self._subtest
        if outer is None:
            all_params = _OrderedChainMap(params)
        else:
            all_params = outer.params.new_child(params)
        self._subtest = _SubTest(self, msg, all_params)
        try:
            with self._outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            if not self._outcome.success:
                res = self._outcome.result
                if res is not None and res.failfast:
                    raise _ShouldStop
            elif self._outcome.expectedFailure:
                # the expected failure happened: the rest of the test is not needed
                raise _ShouldStop
        finally:
            self._subtest = outer

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is None:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
            return
        warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                      RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def _addDuration(self, result, elapsed):
        add = getattr(result, 'addDuration', None)
        if add is None:
            warnings.warn("TestResult has no addDuration method", RuntimeWarning)
        else:
            add(self, elapsed)

    # How run() calls the fixtures and the test: IsolatedAsyncioTestCase overrides these.
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        # a skipped class or method: its reason ('' when none), else None
        if (getattr(self.__class__, "__unittest_skip__", False)
                or getattr(method, "__unittest_skip__", False)):
            return (getattr(self.__class__, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
        return None

    def run(self, result=None):
        own_run = result is None
        stop_run = None
        if own_run:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        try:
            method = getattr(self, self._testMethodName)
            why = self._skip_reason(method)
            if why is not None:
                # a skipped test is not counted as run
                _report_skip(result, self, why)
                return result
            result.startTest(self)
            expecting = (getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            started = time.perf_counter()
            try:
                self._outcome = outcome
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()
                self._addDuration(result, time.perf_counter() - started)
                if outcome.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif outcome.expectedFailure:
                        self._addExpectedFailure(result, outcome.expectedFailure)
                    else:
                        self._addUnexpectedSuccess(result)
                return result
            finally:
                # the saved failure holds frames that hold the outcome: let go of both
                outcome.expectedFailure = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def doCleanups(self):
        """Run the cleanups, last added first (run() calls this after tearDown)."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups, last added first; their exceptions are kept in
        cls.tearDown_exceptions for the suite to report."""
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test letting its exceptions out (no result)."""
        method = getattr(self, self._testMethodName)
        why = self._skip_reason(method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail immediately, with the given message."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        # longMessage: the standard text, then " : " and the caller's msg if any;
        # otherwise the caller's msg alone when given
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return f'{standardMsg} : {msg}'
        except UnicodeDecodeError:
            return f'{safe_repr(standardMsg)} : {safe_repr(msg)}'

    def _fail_with(self, msg, standard):
        raise self.failureException(self._formatMessage(msg, standard))

    def assertFalse(self, expr, msg=None):
        """Check that the expression is false."""
        if expr:
            self._fail_with(msg, f"{safe_repr(expr)} is not false")

    def assertTrue(self, expr, msg=None):
        """Check that the expression is true."""
        if not expr:
            self._fail_with(msg, f"{safe_repr(expr)} is not true")

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless calling args[0](*args[1:], **kwargs) raises `expected_exception`;
        with no callable, a context manager whose `exception` is what was raised."""
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the call (or the with block) triggers `expected_warning`."""
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager checking that at least one message of `level` (INFO) or above
        is logged on `logger` (the root logger) or its children; it gives an object with
        `records` and `output`."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager checking that nothing of `level` or above is logged."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            checker = self._type_equality_funcs.get(type(first))
            if checker is not None:
                return getattr(self, checker) if isinstance(checker, str) else checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_with(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second (with a type-specific message for two objects of
        the same registered type)."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        if not first != second:
            self._fail_with(msg, f'{safe_repr(first)} == {safe_repr(second)}')

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second are equal, or their difference rounded to `places`
        (7) decimal places is zero, or (with `delta`) at most delta."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            standard = (f'{safe_repr(first)} != {safe_repr(second)} within '
                        f'{safe_repr(delta)} delta ({safe_repr(gap)} difference)')
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            standard = (f'{safe_repr(first)} != {safe_repr(second)} within {places!r} '
                        f'places ({safe_repr(gap)} difference)')
        self._fail_with(msg, standard)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """The opposite of assertAlmostEqual; equal objects always fail."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if not (first == second) and gap > delta:
                return
            standard = (f'{safe_repr(first)} == {safe_repr(second)} within '
                        f'{safe_repr(delta)} delta ({safe_repr(gap)} difference)')
        else:
            places = 7 if places is None else places
            if not (first == second) and round(gap, places) != 0:
                return
            standard = f'{safe_repr(first)} == {safe_repr(second)} within {places!r} places'
        self._fail_with(msg, standard)

    def _diff_of(self, first, second):
        # ndiff of the two pretty-printed values, one line each
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                              pprint.pformat(second).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless two sequences are equal item by item; the message names the first
        differing index and any extra items, then a diff."""
        if seq_type is None:
            kind = "sequence"
        else:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException(f'First sequence is not a {kind}: '
                                            f'{safe_repr(seq1)}')
            if not isinstance(seq2, seq_type):
                raise self.failureException(f'Second sequence is not a {kind}: '
                                            f'{safe_repr(seq2)}')
        text = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            text = f'First {kind} has no length.    Non-sequence?'
        if text is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                text = f'Second {kind} has no length.    Non-sequence?'
        if text is None:
            if seq1 == seq2:
                return
            text = '%ss differ: %s != %s\n' % ((kind.capitalize(),)
                                              + _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    text += f'\nUnable to index element {i} of first {kind}\n'
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    text += f'\nUnable to index element {i} of second {kind}\n'
                    break
                if item1 != item2:
                    text += ('\nFirst differing element %d:\n%s\n%s\n'
                             % ((i,) + _common_shorten_repr(item1, item2)))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    # same items in sequences of different types: equal enough
                    return
            if len1 != len2:
                longer, which, extra_at = ((seq1, 'first', len2) if len1 > len2
                                           else (seq2, 'second', len1))
                owner = 'First' if len1 > len2 else 'Second'
                text += f'\n{owner} {kind} contains {abs(len1 - len2)} additional elements.\n'
                try:
                    text += f'First extra element {extra_at}:\n{safe_repr(longer[extra_at])}\n'
                except (TypeError, IndexError, NotImplementedError):
                    text += f'Unable to index element {extra_at} of {which} {kind}\n'
        text = self._truncateMessage(text, self._diff_of(seq1, seq2))
        self.fail(self._formatMessage(msg, text))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless two sets (anything with difference()) hold the same items; the message
        lists the items only in one of them."""
        only1 = only2 = None
        for side, (a, b) in (('first', (set1, set2)), ('second', (set2, set1))):
            try:
                gap = a.difference(b)
            except TypeError as e:
                self.fail(f'invalid type when attempting set difference: {e}')
            except AttributeError as e:
                self.fail(f'{side} argument does not support set difference: {e}')
            if side == 'first':
                only1 = gap
            else:
                only2 = gap
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        if member not in container:
            self._fail_with(msg, f'{safe_repr(member)} not found in {safe_repr(container)}')

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        if member in container:
            self._fail_with(msg, f'{safe_repr(member)} unexpectedly found in '
                                 f'{safe_repr(container)}')

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        if expr1 is not expr2:
            self._fail_with(msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}')

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        if expr1 is expr2:
            self._fail_with(msg, f'unexpectedly identical: {safe_repr(expr1)}')

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            text = '%s != %s' % _common_shorten_repr(d1, d2)
            text = self._truncateMessage(text, self._diff_of(d1, d2))
            self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless the two iterables hold the same items the same number of times, in
        any order."""
        items1, items2 = list(first), list(second)
        try:
            counts1 = collections.Counter(items1)
            counts2 = collections.Counter(items2)
        except TypeError:
            mismatches = _count_diff_all_purpose(items1, items2)
        else:
            if counts1 == counts2:
                return
            mismatches = _count_diff_hashable(items1, items2)
        if mismatches:
            lines = '\n'.join('First has %d, Second has %d:  %r' % m for m in mismatches)
            text = self._truncateMessage('Element counts were not equal:\n', lines)
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless two strings are equal; the message is a line diff."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        # both end in a newline for the diff, so a missing last newline shows as a change
        text1, text2 = first, second
        if first and second:
            if first[-1] != '\n' or second[-1] != '\n':
                text1 += '\n'
                text2 += '\n'
        elif second and second[-1] != '\n':
            text2 += '\n'
        elif first and first[-1] != '\n':
            text1 += '\n'
        diff = '\n' + ''.join(difflib.ndiff(text1.splitlines(keepends=True),
                                            text2.splitlines(keepends=True)))
        text = '%s != %s' % _common_shorten_repr(first, second)
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        if not a < b:
            self._fail_with(msg, f'{safe_repr(a)} not less than {safe_repr(b)}')

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        if not a <= b:
            self._fail_with(msg, f'{safe_repr(a)} not less than or equal to {safe_repr(b)}')

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        if not a > b:
            self._fail_with(msg, f'{safe_repr(a)} not greater than {safe_repr(b)}')

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        if not a >= b:
            self._fail_with(msg, f'{safe_repr(a)} not greater than or equal to '
                                 f'{safe_repr(b)}')

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        if obj is not None:
            self._fail_with(msg, f'{safe_repr(obj)} is not None')

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self._fail_with(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            self._fail_with(msg, f'{safe_repr(obj)} is not an instance of {cls!r}')

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            self._fail_with(msg, f'{safe_repr(obj)} is an instance of {cls!r}')

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, and the exception's str() must match `expected_regex` (searched)."""
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """assertWarns, and the warning's message must match `expected_regex`."""
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless `expected_regex` is found in `text`."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._fail_with(msg, f"Regex didn't match: {expected_regex.pattern!r} not found "
                                 f"in {text!r}")

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if `unexpected_regex` is found in `text`."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._fail_with(msg, f'Regex matched: {text[found.start():found.end()]!r} '
                                 f'matches {unexpected_regex.pattern!r} in {text!r}')


class FunctionTestCase(TestCase):
    """A plain function run as a test, with optional set-up and tidy-up functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._parts() == other._parts()

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._testFunc}>"

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    """One subTest() block of a test, as results see it."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append(f"[{self._message}]")
        if self.params:
            shown = ', '.join(f"{k}={v!r}" for k, v in self.params.items())
            parts.append(f"({shown})")
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"
