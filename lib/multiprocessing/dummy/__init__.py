"""multiprocessing.dummy: the multiprocessing API over threads of this process (as in
CPython): Process is a thread, Pool is multiprocessing.pool.ThreadPool, the queues and locks
are threading's and queue's."""

import array
import sys
import threading
import weakref
from queue import Queue
from threading import (Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event,
                       Barrier)

from . import connection

__all__ = ["Process", "current_process", "active_children", "freeze_support", "Lock",
           "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier",
           "Queue", "Manager", "Pipe", "Pool", "JoinableQueue"]

# The "current process" is simply the running thread.
current_process = threading.current_thread


# Children a thread has started, kept weakly: finished threads drop out when collected.
_ChildTable = weakref.WeakKeyDictionary
current_process()._children = _ChildTable()


class DummyProcess(threading.Thread):
    """A "process" that is a thread; only the thread that created it may start it."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        super().__init__(group, target, name, args, kwargs)
        self._pid = None
        self._children = _ChildTable()
        self._launched = False
        self._parent = threading.current_thread()

    def start(self):
        here = current_process()
        creator = self._parent
        if here is not creator:
            raise RuntimeError(
                "Parent is {0!r} but current_process is {1!r}".format(creator, here))
        self._launched = True
        table = getattr(creator, "_children", None)
        if table is not None:
            table[self] = None
        super().start()

    @property
    def exitcode(self):
        """0 once the thread has run to its end, None before (threads have no status)."""
        finished = self._launched and not self.is_alive()
        return 0 if finished else None


Process = DummyProcess


def active_children():
    """The still running threads started from this one (finished ones are forgotten)."""
    table = current_process()._children
    for child in [c for c in table.keys() if not c.is_alive()]:
        table.pop(child, None)
    return list(table.keys())


def freeze_support():
    """Nothing to do for threads."""


class Namespace:
    """Plain attribute bag; its repr lists the public attributes in name order."""

    def __init__(self, /, **kwds):
        vars(self).update(kwds)

    def __repr__(self):
        shown = ["{}={!r}".format(key, val) for key, val in vars(self).items()
                 if key[:1] != "_"]
        return "{}({})".format(type(self).__name__, ", ".join(sorted(shown)))


# Manager() hands back this module: its dict and list are the ordinary ones.
dict = dict
list = list


def Array(typecode, sequence, lock=True):
    """An array.array (no shared memory is needed between threads)."""
    return array.array(typecode, sequence)


class Value:
    """A box around one value (`typecode` is only remembered for the repr)."""

    def __init__(self, typecode, value, lock=True):
        self._typecode, self._value = typecode, value

    value = property(lambda self: self._value,
                     lambda self, new: setattr(self, "_value", new))

    def __repr__(self):
        return "<{}({!r}, {!r})>".format(type(self).__name__, self._typecode, self._value)


def Manager():
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    """A multiprocessing.pool.ThreadPool."""
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes=processes, initializer=initializer, initargs=initargs)


JoinableQueue = Queue
Pipe = connection.Pipe
