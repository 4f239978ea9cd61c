"""IsolatedAsyncioTestCase: a TestCase whose test methods, fixtures and cleanups may be
coroutine functions, each test run in its own asyncio.Runner (debug mode), with one
contextvars context shared by setUp, the test and tearDown."""

import asyncio
import contextvars
import inspect

from . import TestCase


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # cleanups may be coroutine functions here: _callCleanup awaits them
        self.addCleanup(*(func, *args), **kwargs)

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

    def _in_context(self, func, *args, **kwargs):
        runner = self._asyncioRunner
        assert runner is not None, "asyncio runner is not initialized"
        if inspect.iscoroutinefunction(func):
            return runner.run(func(*args, **kwargs), context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _callSetUp(self):
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._in_context(method) is not None:
            import warnings
            warnings.warn(f"It is deprecated to return a value that is not None from a "
                          f"test case ({method})", DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._in_context(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        assert inspect.iscoroutinefunction(func), f"{func!r} is not an async function"
        return self._in_context(func, *args, **kwargs)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        return self._in_context(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        assert self._asyncioRunner is None, "asyncio runner is already initialized"
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        self._asyncioRunner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioRunner is not None:
            self._tearDownAsyncioRunner()
