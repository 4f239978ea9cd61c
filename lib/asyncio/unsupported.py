"""Parts of CPython's asyncio that need threads or processes, which pydive does not have.

Each raises NotImplementedError naming the feature, so a program fails clearly.
"""

__all__ = (
    'to_thread',
    'create_subprocess_exec', 'create_subprocess_shell',
    'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
    'MultiLoopChildWatcher', 'ThreadedChildWatcher', 'PidfdChildWatcher',
    'get_child_watcher', 'set_child_watcher',
)


def _missing(feature):
    return NotImplementedError(f'asyncio.{feature} is not supported by pydive')


async def to_thread(func, /, *args, **kwargs):
    raise _missing('to_thread (pydive has no threads)')


async def create_subprocess_exec(program, *args, **kwds):
    raise _missing('create_subprocess_exec')


async def create_subprocess_shell(cmd, **kwds):
    raise _missing('create_subprocess_shell')


class AbstractChildWatcher:
    """Child watchers exist (code may make and attach them); watching raises."""

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
    pass


class FastChildWatcher(AbstractChildWatcher):
    pass


class MultiLoopChildWatcher(AbstractChildWatcher):
    pass


class ThreadedChildWatcher(AbstractChildWatcher):
    def __init__(self):
        # CPython's waiter threads by pid; always empty here (no subprocesses).
        self._threads = {}


class PidfdChildWatcher(AbstractChildWatcher):
    pass


def get_child_watcher():
    from . import events
    return events.get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    from . import events
    return events.get_event_loop_policy().set_child_watcher(watcher)
