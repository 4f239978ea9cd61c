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
    def __init__(self, *args, **kwargs):
        raise _missing(type(self).__name__)


class SafeChildWatcher(AbstractChildWatcher):
    pass


class FastChildWatcher(AbstractChildWatcher):
    pass


class MultiLoopChildWatcher(AbstractChildWatcher):
    pass


class ThreadedChildWatcher(AbstractChildWatcher):
    pass


class PidfdChildWatcher(AbstractChildWatcher):
    pass


def get_child_watcher():
    raise _missing('get_child_watcher')


def set_child_watcher(watcher):
    raise _missing('set_child_watcher')
