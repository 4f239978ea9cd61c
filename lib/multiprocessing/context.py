"""multiprocessing.context for pydive: the exceptions, start methods and context objects.

Only the 'fork' start method runs (CPython 3.12's default on Linux): a context for 'spawn'
or 'forkserver' can be made and asked for its method, but starting a process with it raises
NotImplementedError naming the method.
"""

import os

from .process import BaseProcess

__all__ = ["ProcessError", "BufferTooShort", "TimeoutError", "AuthenticationError",
           "BaseContext", "get_context"]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_METHODS = ["fork", "spawn", "forkserver"]
_chosen = None


def _default_method():
    return _chosen or "fork"


class BaseContext:
    """The multiprocessing API bound to one start method."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def __init__(self, method=None):
        self._name = method

    # -- processes and start methods -------------------------------------------------------

    @property
    def Process(self):
        if self._name is None:
            return Process
        return _process_class(self._name)

    def current_process(self):
        from .process import current_process
        return current_process()

    def parent_process(self):
        from .process import parent_process
        return parent_process()

    def active_children(self):
        from .process import active_children
        return active_children()

    def cpu_count(self):
        num = os.cpu_count()
        if num is None:
            raise NotImplementedError("cannot determine number of cpus")
        return num

    def get_context(self, method=None):
        if method is None:
            return _default_context
        if method not in _METHODS:
            raise ValueError("cannot find context for %r" % method)
        return _contexts[method]

    def get_start_method(self, allow_none=False):
        if self._name is not None:
            return self._name
        if _chosen is None and allow_none:
            return None
        return _default_method()

    def set_start_method(self, method, force=False):
        global _chosen
        if _chosen is not None and not force:
            raise RuntimeError("context has already been set")
        if method is None and force:
            _chosen = None
            return
        if method not in _METHODS:
            raise ValueError("cannot find context for %r" % method)
        _chosen = method

    def get_all_start_methods(self):
        return list(_METHODS)

    def freeze_support(self):
        pass

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass

    def allow_connection_pickling(self):
        pass

    def get_logger(self):
        import logging
        return logging.getLogger("multiprocessing")

    def log_to_stderr(self, level=None):
        import logging
        logger = self.get_logger()
        if not logger.handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("[%(levelname)s/%(processName)s] "
                                                   "%(message)s"))
            logger.addHandler(handler)
        if level:
            logger.setLevel(level)
        return logger

    @property
    def reducer(self):
        import pickle
        return pickle

    # -- communication and synchronization -------------------------------------------------

    def Pipe(self, duplex=True):
        from .connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        from .synchronize import Lock
        return Lock()

    def RLock(self):
        from .synchronize import RLock
        return RLock()

    def Condition(self, lock=None):
        from .synchronize import Condition
        return Condition(lock)

    def Semaphore(self, value=1):
        from .synchronize import Semaphore
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        from .synchronize import BoundedSemaphore
        return BoundedSemaphore(value)

    def Event(self):
        from .synchronize import Event
        return Event()

    def Barrier(self, parties, action=None, timeout=None):
        from .synchronize import Barrier
        return Barrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        from .queues import Queue
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        from .queues import JoinableQueue
        return JoinableQueue(maxsize)

    def SimpleQueue(self):
        from .queues import SimpleQueue
        return SimpleQueue()

    def RawValue(self, typecode_or_type, *args):
        from .sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from .sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from .sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from .sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock)

    def Manager(self):
        from .managers import SyncManager
        m = SyncManager()
        m.start()
        return m

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def __repr__(self):
        if self._name is None:
            return "<multiprocessing.context.DefaultContext object at %#x>" % id(self)
        return "<multiprocessing.context.%sContext object at %#x>" % (
            self._name.capitalize(), id(self))


class Process(BaseProcess):
    """multiprocessing.Process: started with the default start method."""

    _start_method = None


_process_classes = {}


def _process_class(method):
    cls = _process_classes.get(method)
    if cls is None:
        cls = type(method.capitalize() + "Process", (BaseProcess,),
                   {"_start_method": method, "__module__": "multiprocessing.context"})
        _process_classes[method] = cls
    return cls


_default_context = BaseContext(None)
_contexts = {m: BaseContext(m) for m in _METHODS}
