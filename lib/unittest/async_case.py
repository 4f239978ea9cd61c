"""IsolatedAsyncioTestCase: a TestCase whose test methods, fixtures and cleanups may be
coroutine functions, each test run in its own asyncio.Runner (debug mode), with one
contextvars context shared by setUp, the test and tearDown."""

import asyncio
import contextvars
import inspect

from .case import TestCase


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName="runTest"):
        TestCase.__init__(self, methodName)
        self._loop_runner = None  # an asyncio.Runner while run() runs this test
        self._test_context = contextvars.copy_context()

    async def asyncSetUp(self):
        """Async fixture, after setUp()."""

    async def asyncTearDown(self):
        """Async fixture, before tearDown()."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Like addCleanup(); func may be a coroutine function (it is awaited)."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter async context manager `cm`, schedule its exit as a cleanup, return
        what __aenter__ gave."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                            f"the asynchronous context manager protocol") from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    def _call_in_context(self, func, *args, **kwargs):
        # coroutine functions run to completion on the test's loop, others directly
        assert self._loop_runner is not None, "asyncio runner is not initialized"
        if not inspect.iscoroutinefunction(func):
            return self._test_context.run(func, *args, **kwargs)
        return self._loop_runner.run(func(*args, **kwargs), context=self._test_context)

    def _callSetUp(self):
        self._loop_runner.get_loop()  # the loop exists before setUp runs
        self._test_context.run(self.setUp)
        self._call_in_context(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._call_in_context(method) is not None:
            import warnings
            warnings.warn(f"It is deprecated to return a value that is not None from a "
                          f"test case ({method})", DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._call_in_context(self.asyncTearDown)
        self._test_context.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._call_in_context(function, *args, **kwargs)

    def _with_runner(self, body):
        assert self._loop_runner is None, "asyncio runner is already initialized"
        self._loop_runner = asyncio.Runner(debug=True)
        try:
            return body()
        finally:
            runner, self._loop_runner = self._loop_runner, None
            runner.close()

    def run(self, result=None):
        return self._with_runner(lambda: TestCase.run(self, result))

    def __del__(self):
        if self._loop_runner is not None:
            self._loop_runner.close()
