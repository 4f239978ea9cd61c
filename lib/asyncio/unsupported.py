"""Parts of CPython's asyncio that need threads or processes.

Threads are pydive's green threads (lib/threading.py): to_thread() and the loop's
run_in_executor() run calls in a concurrent.futures.ThreadPoolExecutor, as CPython does.
Child processes are asyncio/subprocess.py's; child watchers exist here only so that set-up
code runs (the loop polls its children itself: base_subprocess.py).
"""

__all__ = (
    'to_thread',
    'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
    'MultiLoopChildWatcher', 'ThreadedChildWatcher', 'PidfdChildWatcher',
    'get_child_watcher', 'set_child_watcher',
)


def _deprecated(name):
    # warnings._deprecated(name, remove=(3, 14)) as CPython 3.12 calls it: stacklevel 3
    # from there is the caller of the function that warns
    import warnings
    warnings.warn(f"{name!r} is deprecated as of Python 3.12 and will be removed in "
                  f"Python 3.14.", DeprecationWarning, stacklevel=3)


def _missing(feature):
    return NotImplementedError(f'asyncio.{feature} is not supported by pydive')


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the loop's default executor, in a copy of the context."""
    import contextvars
    import functools
    from . import events
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)


# -- the loop's executor (BaseEventLoop's methods call these) --------------------------------

def _run_in_executor(loop, executor, func, args):
    loop._check_closed()
    if loop._debug:
        loop._check_callback(func, 'run_in_executor')
    if executor is None:
        executor = loop._default_executor
        loop._check_default_executor()
        if executor is None:
            from concurrent.futures import ThreadPoolExecutor
            executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
            loop._default_executor = executor
    return _wrap_concurrent(executor.submit(func, *args), loop)


def _set_default_executor(loop, executor):
    from concurrent.futures import ThreadPoolExecutor
    if not isinstance(executor, ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    loop._default_executor = executor


async def _shutdown_default_executor(loop, timeout=None):
    """Shut the default executor down in a thread of its own; wait up to timeout."""
    import threading
    import warnings
    from . import futures, timeouts
    loop._executor_shutdown_called = True
    if loop._default_executor is None:
        return
    future = loop.create_future()

    def shut_down():
        try:
            loop._default_executor.shutdown(wait=True)
            if not loop.is_closed():
                loop.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not loop.is_closed() and not future.cancelled():
                loop.call_soon_threadsafe(future.set_exception, ex)

    thread = threading.Thread(target=shut_down)
    thread.start()
    try:
        async with timeouts.timeout(timeout):
            await future
    except TimeoutError:
        warnings.warn("The executor did not finishing joining "
                      f"its threads within {timeout} seconds.",
                      RuntimeWarning, stacklevel=2)
        loop._default_executor.shutdown(wait=False)
    else:
        thread.join()


def _close_default_executor(loop):
    executor = loop._default_executor
    if executor is not None:
        loop._default_executor = None
        executor.shutdown(wait=False)


def _run_coroutine_threadsafe(coro, loop):
    """Run coro as a task of loop (from another thread); a concurrent.futures.Future of it."""
    import concurrent.futures
    from . import coroutines, tasks
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def copy_to_future(task):
        if task.cancelled():
            future.cancel()
        if not future.set_running_or_notify_cancel():
            return
        exc = task.exception()
        if exc is not None:
            future.set_exception(_convert_asyncio_exc(exc))
        else:
            future.set_result(task.result())

    def on_future_done(fut):
        if fut.cancelled():
            loop.call_soon_threadsafe(task_box[0].cancel)

    task_box = []

    def start():
        try:
            task = tasks.ensure_future(coro, loop=loop)
            task_box.append(task)
            task.add_done_callback(copy_to_future)
            future.add_done_callback(on_future_done)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return future


def _convert_asyncio_exc(exc):
    import concurrent.futures
    from . import exceptions
    if type(exc) is exceptions.CancelledError:
        return concurrent.futures.CancelledError(*exc.args).with_traceback(exc.__traceback__)
    if type(exc) is exceptions.InvalidStateError:
        return concurrent.futures.InvalidStateError(*exc.args).with_traceback(
            exc.__traceback__)
    return exc


def _convert_concurrent_exc(exc):
    import concurrent.futures
    from . import exceptions
    kind = type(exc)
    if kind is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args).with_traceback(exc.__traceback__)
    if kind is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args).with_traceback(exc.__traceback__)
    return exc


def _wrap_concurrent(future, loop=None):
    """An asyncio future of loop following the concurrent.futures.Future future: its
    outcome arrives through call_soon_threadsafe; cancelling it cancels future."""
    from . import events
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()

    def copy_state(source):
        if new_future.cancelled():
            return
        if source.cancelled():
            new_future.cancel()
            return
        exc = source.exception()
        if exc is not None:
            new_future.set_exception(_convert_concurrent_exc(exc))
        else:
            new_future.set_result(source.result())

    def on_new_done(dst):
        if dst.cancelled():
            future.cancel()

    def on_source_done(src):
        if new_future.cancelled() and loop.is_closed():
            return
        if not loop.is_closed():
            loop.call_soon_threadsafe(copy_state, src)

    new_future.add_done_callback(on_new_done)
    future.add_done_callback(on_source_done)
    return new_future


class AbstractChildWatcher:
    """Child watchers exist (code may make and attach them); watching raises."""

    def __init_subclass__(cls):
        if cls.__module__ != __name__:
            _deprecated("AbstractChildWatcher")

    def __init__(self, *args, **kwargs):
        self._loop = None

    def add_child_handler(self, pid, callback, *args):
        raise _missing(f'{type(self).__name__}.add_child_handler (no subprocesses)')

    def remove_child_handler(self, pid):
        return False

    def attach_loop(self, loop):
        self._loop = loop

    def close(self):
        pass

    def is_active(self):
        return self._loop is not None

    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        pass


class SafeChildWatcher(AbstractChildWatcher):
    def __init__(self):
        super().__init__()
        _deprecated("SafeChildWatcher")


class FastChildWatcher(AbstractChildWatcher):
    def __init__(self):
        super().__init__()
        _deprecated("FastChildWatcher")


class MultiLoopChildWatcher(AbstractChildWatcher):
    def __init__(self):
        super().__init__()
        _deprecated("MultiLoopChildWatcher")


class ThreadedChildWatcher(AbstractChildWatcher):
    def __init__(self):
        super().__init__()
        # CPython's waiter threads by pid; always empty here (the loop polls children).
        self._threads = {}


class PidfdChildWatcher(AbstractChildWatcher):
    pass


def get_child_watcher():
    from . import events
    return events.get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    from . import events
    return events.get_event_loop_policy().set_child_watcher(watcher)
