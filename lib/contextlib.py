"""Utilities for with-statement contexts (pydive's contextlib, pure Python)."""

import abc
import sys
import _collections_abc
import functools
from types import GenericAlias, MethodType

__all__ = ("asynccontextmanager contextmanager closing nullcontext AbstractContextManager "
           "AbstractAsyncContextManager AsyncExitStack ContextDecorator ExitStack "
           "redirect_stdout redirect_stderr suppress aclosing chdir").split()


# --- the two protocol ABCs ---------------------------------------------------------------

def _protocol_hook(abc_cls, *methods):
    # isinstance/issubclass succeed for any class defining the protocol's methods, but only
    # when asked of the ABC itself (a subclass of it keeps the normal rules).
    def hook(cls, other):
        return _collections_abc._check_methods(other, *methods) if cls is abc_cls else NotImplemented
    hook.__name__ = "__subclasshook__"
    hook.__qualname__ = f"{abc_cls.__qualname__}.__subclasshook__"
    return classmethod(hook)


class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a with-statement (__enter__ and __exit__)."""

    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """By default, entering gives the manager itself."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """By default, an exception raised in the block propagates."""
        return None


class AbstractAsyncContextManager(abc.ABC):
    """ABC of objects usable in an async with-statement (__aenter__ and __aexit__)."""

    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """By default, entering gives the manager itself."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """By default, an exception raised in the block propagates."""
        return None


AbstractContextManager.__subclasshook__ = _protocol_hook(
    AbstractContextManager, "__enter__", "__exit__")
AbstractAsyncContextManager.__subclasshook__ = _protocol_hook(
    AbstractAsyncContextManager, "__aenter__", "__aexit__")


# --- context managers as decorators ------------------------------------------------------

class ContextDecorator(object):
    "Mixin: a context manager instance used as a decorator wraps each call in it."

    def _recreate_cm(self):
        """The manager one decorated call runs in (one-shot managers return a copy)."""
        return self

    def __call__(self, func):
        @functools.wraps(func)
        def inner(*a, **kw):
            with self._recreate_cm():
                return func(*a, **kw)
        return inner


class AsyncContextDecorator(object):
    "Mixin: an async context manager used as a decorator wraps each awaited call in it."

    def _recreate_cm(self):
        """The manager one decorated call runs in."""
        return self

    def __call__(self, func):
        @functools.wraps(func)
        async def inner(*a, **kw):
            async with self._recreate_cm() as _:
                return await func(*a, **kw)
        return inner


# --- @contextmanager and @asynccontextmanager --------------------------------------------

def _throw_verdict(exc, sent, tb, finished, converted):
    """`sent` was thrown into the generator and `exc` came out. Return __exit__'s answer,
    or None when `exc` is a new exception that must propagate as it is.

    `finished` is the exception a generator ends with (it swallowed `sent` then returned);
    `converted` are the ones PEP 479 turns into RuntimeError when they escape it."""
    if isinstance(exc, finished):
        return exc is not sent
    if exc is sent:
        # the generator let our exception through: the with-statement re-raises it
        exc.__traceback__ = tb
        return False
    if (isinstance(exc, RuntimeError) and isinstance(sent, converted)
            and exc.__cause__ is sent):
        sent.__traceback__ = tb
        return False
    return None


_NO_YIELD = "generator didn't yield"
_NO_STOP = "generator didn't stop"


class _GeneratorContextManagerBase:
    """What @contextmanager and @asynccontextmanager objects share: the generator and how to
    make it again."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        # the manager documents itself with the decorated function's docstring
        own = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own is None else own

    def _recreate_cm(self):
        # one generator serves one with-block, so each decorated call needs a fresh manager
        return type(self)(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # once entered, the manager is never recreated: drop the references
        del self.args, self.kwds, self.func


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    # (programs see this docstring: it is __doc__ of a context manager whose generator
    # function has none)
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_recipe()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError(_NO_YIELD) from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError(_NO_STOP)
            finally:
                gen.close()
        if value is None:
            value = typ()  # only direct __exit__ calls pass a bare type
        try:
            gen.throw(value)
        except BaseException as escaped:
            verdict = _throw_verdict(escaped, value, traceback, StopIteration, StopIteration)
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_recipe()
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError(_NO_YIELD) from None

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError(_NO_STOP)
            finally:
                await gen.aclose()
        if value is None:
            value = typ()
        try:
            await gen.athrow(value)
        except BaseException as escaped:
            verdict = _throw_verdict(escaped, value, traceback, StopAsyncIteration,
                                     (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await gen.aclose()


def _manager_factory(manager_class, func):
    # the decorated name keeps func's identity (name, doc, __wrapped__)
    @functools.wraps(func)
    def helper(*a, **kw):
        return manager_class(func, a, kw)
    return helper


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once becomes a
    context manager factory (the code before the yield is __enter__, after it __exit__)."""
    return _manager_factory(_GeneratorContextManager, func)


def asynccontextmanager(func):
    """@asynccontextmanager decorator: the async-generator form of @contextmanager."""
    return _manager_factory(_AsyncGeneratorContextManager, func)


# --- small managers ----------------------------------------------------------------------

class closing(AbstractContextManager):
    """Calls thing.close() when the with-block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the async with-block ends (async generators, say)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # subclasses name the sys attribute they swap
    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []  # a stack, so one object can be entered again while active

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._target)
        return self._target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._saved.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """sys.stdout is the given file while the block runs."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """sys.stderr is the given file while the block runs."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions (also inside exception groups)."""

    def __init__(self, *exceptions):
        self._caught = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        wanted = self._caught
        if issubclass(exctype, wanted):
            return True
        if not issubclass(exctype, BaseExceptionGroup):
            return False
        # a group is swallowed only when every leaf matches; otherwise the rest goes on
        rest = excinst.split(wanted)[1]
        if rest is not None:
            raise rest
        return True


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing (an optional one stand-in)."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """The working directory is path while the block runs (process-wide: not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._returns = []  # directories to go back to, innermost last

    def __enter__(self):
        import os
        self._returns.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        back = self._returns.pop()
        os.chdir(back)


# --- ExitStack and AsyncExitStack --------------------------------------------------------

def _no_protocol(cls, what):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                     f"not support the {what} protocol")


_NOTHING_RAISED = (None, None, None)


class _Unwinding:
    """The state of one exit-stack unwind. Each callback sees the exception the previous
    ones left (or none after one suppressed it), as if they were nested with-statements."""

    def __init__(self, exc_details):
        self.details = exc_details
        self.had_exception = exc_details[0] is not None
        # the exception our caller is handling: the chain of a new one ends there
        self.outer = sys.exception()
        self.suppressed = False
        self.raising = False

    def returned(self, result):
        if result:
            self.suppressed = True
            self.raising = False
            self.details = _NOTHING_RAISED

    def failed(self, exc):
        previous = self.details[1]
        # find where exc's __context__ chain reaches `outer` and put `previous` there instead
        link = exc
        while True:
            ctx = link.__context__
            if ctx is None or ctx is previous:
                break
            if ctx is self.outer:
                link.__context__ = previous
                break
            link = ctx
        self.raising = True
        self.details = (type(exc), exc, exc.__traceback__)

    def result(self):
        return self.had_exception and self.suppressed


class _BaseExitStack:
    """The callback stack ExitStack and AsyncExitStack share. Entries are (is_sync, exit):
    exit takes the (type, value, traceback) triple an __exit__ method takes."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every registered callback to a new stack of the same type and return it."""
        other = type(self)()
        other._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return other

    def push(self, exit):
        """Register an __exit__-like callable (or a manager's own __exit__); return it."""
        # a context manager's own __exit__ is looked up on its type, as `with` does
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, MethodType(method, exit)))
        return exit  # so it works as a decorator

    def enter_context(self, cm):
        """Enter cm, register its __exit__ and return what __enter__ returned."""
        cls = type(cm)
        try:
            enter, exit = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _no_protocol(cls, "context manager") from None
        value = enter(cm)
        self._exit_callbacks.append((True, MethodType(exit, cm)))
        return value

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at unwinding (it cannot suppress)."""
        def _run_callback(*exc_details):
            callback(*args, **kwds)
        _run_callback.__wrapped__ = callback
        self._exit_callbacks.append((True, _run_callback))
        return callback  # so it works as a decorator


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with-statement whose exits are pushed at run time, unwound last-in first-out."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        state = _Unwinding(exc_details)
        callbacks = self._exit_callbacks
        while callbacks:
            _, exit = callbacks.pop()
            try:
                state.returned(exit(*state.details))
            except BaseException as raised:
                state.failed(raised)
        if state.raising:
            exc = state.details[1]
            ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = ctx
                raise
        return state.result()

    def close(self):
        """Unwind the stack now."""
        self.__exit__(*_NOTHING_RAISED)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """An ExitStack for async with: it also takes async managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter the async manager cm, register its __aexit__, return what __aenter__ gave."""
        cls = type(cm)
        try:
            enter, exit = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _no_protocol(cls, "asynchronous context manager") from None
        value = await enter(cm)
        self._exit_callbacks.append((False, MethodType(exit, cm)))
        return value

    def push_async_exit(self, exit):
        """Register an __aexit__-like coroutine function (or a manager's own __aexit__)."""
        method = getattr(type(exit), "__aexit__", None)
        if method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, MethodType(method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register `await callback(*args, **kwds)` to run at unwinding."""
        async def _run_callback(*exc_details):
            await callback(*args, **kwds)
        _run_callback.__wrapped__ = callback
        self._exit_callbacks.append((False, _run_callback))
        return callback

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(*_NOTHING_RAISED)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        state = _Unwinding(exc_details)
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, exit = callbacks.pop()
            try:
                answer = exit(*state.details)
                if not is_sync:
                    answer = await answer
                state.returned(answer)
            except BaseException as raised:
                state.failed(raised)
        if state.raising:
            exc = state.details[1]
            ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = ctx
                raise
        return state.result()
