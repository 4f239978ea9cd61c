"""The few helpers of CPython's `test.support` that the unittest modules copied beside it
use, written for pydive's CI run (crates/cli/tests/cpython_unittests.rs), not a copy of
CPython's package (which tests/cpython_lib/run_unittests.py uses whole): check_syntax_error,
cpython_only, check_impl_detail, gc_collect, C_RECURSION_LIMIT, catch_unraisable_exception,
TestFailed, infinite_recursion, no_tracing."""
import contextlib
import functools
import gc
import sys
import unittest

# CPython 3.12's C stack budget (Py_C_RECURSION_LIMIT), which pydive keeps too.
C_RECURSION_LIMIT = 1500


class Error(Exception):
    """Base class for regression test exceptions."""


class TestFailed(Error):
    """Test failed."""

    def __init__(self, msg, *args, stats=None):
        self.msg = msg
        self.stats = stats
        super().__init__(msg, *args)

    def __str__(self):
        return self.msg


def check_impl_detail(**guards):
    """Whether the running implementation is one of the guards set True (cpython=True:
    sys.implementation.name is 'cpython', as pydive reports)."""
    if not guards:
        guards = {'cpython': True}
    default = not list(guards.values())[0]
    return guards.get(sys.implementation.name, default)


def cpython_only(test):
    """Runs `test` only where check_impl_detail(cpython=True) holds."""
    if check_impl_detail(cpython=True):
        return test
    return unittest.skip("implementation detail specific to cpython")(test)


def check_syntax_error(testcase, statement, errtext='', *, lineno=None, offset=None):
    """`statement` must fail to compile with a SyntaxError matching errtext, at the place
    given when given."""
    with testcase.assertRaisesRegex(SyntaxError, errtext) as cm:
        compile(statement, '<test string>', 'exec')
    err = cm.exception
    testcase.assertIsNotNone(err.lineno)
    if lineno is not None:
        testcase.assertEqual(err.lineno, lineno)
    testcase.assertIsNotNone(err.offset)
    if offset is not None:
        testcase.assertEqual(err.offset, offset)


def gc_collect():
    """Collects garbage a few times, so that finalizers of cycles have run."""
    gc.collect()
    gc.collect()
    gc.collect()


@contextlib.contextmanager
def infinite_recursion(max_depth=100):
    """A recursion limit max_depth frames above the current depth while the block runs."""
    if max_depth < 3:
        raise ValueError("max_depth must be at least 3, got {max_depth}")
    depth = 0
    frame = sys._getframe(1)
    while frame is not None:
        depth += 1
        frame = frame.f_back
    old = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(max(depth - 1, 1) + max_depth)
        yield
    finally:
        sys.setrecursionlimit(old)


def no_tracing(func):
    """Runs `func` with sys.settrace's hook removed."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        original = sys.gettrace()
        try:
            sys.settrace(None)
            return func(*args, **kwargs)
        finally:
            sys.settrace(original)
    return wrapper


class catch_unraisable_exception:
    """Context manager: while active, sys.unraisablehook stores its argument in .unraisable."""

    def __init__(self):
        self.unraisable = None
        self._saved = None

    def _hook(self, unraisable):
        self.unraisable = unraisable

    def __enter__(self):
        self._saved = sys.unraisablehook
        sys.unraisablehook = self._hook
        return self

    def __exit__(self, *exc_info):
        sys.unraisablehook = self._saved
        self.unraisable = None
