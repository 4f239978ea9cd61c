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


def _sub(name):
    # the sibling submodule NAME, imported on first use (they import this module themselves)
    import importlib
    return importlib.import_module("multiprocessing." + name)
_chosen = None


def _default_method():
    return _chosen or "fork"


class BaseContext:
    """The multiprocessing API bound to one start method."""

    def __init__(self, method=None):
        self._name = method

    # -- processes and start methods -------------------------------------------------------

    @property
    def Process(self):
        if self._name is None:
            return Process
        return _process_class(self._name)

    def current_process(self):
        return _sub('process').current_process()

    def parent_process(self):
        return _sub('process').parent_process()

    def active_children(self):
        return _sub('process').active_children()

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
        if method is not None and method not in _METHODS:
            raise ValueError("cannot find context for %r" % method)
        # with force=True, None forgets the choice made before; without it, None picks the default
        _chosen = method if method is not None or force else _default_method()

    def get_all_start_methods(self):
        return list(_METHODS)

    def freeze_support(self):
        pass

    def _no_effect_here(self, *ignored):
        # only fork starts processes: there is no executable, forkserver or reduction to set
        return None

    set_executable = set_forkserver_preload = _no_effect_here
    allow_connection_pickling = _no_effect_here

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
        return _sub('connection').Pipe(duplex)

    def Lock(self):
        return _sub('synchronize').Lock()

    def RLock(self):
        return _sub('synchronize').RLock()

    def Condition(self, lock=None):
        return _sub('synchronize').Condition(lock)

    def Semaphore(self, value=1):
        return _sub('synchronize').Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return _sub('synchronize').BoundedSemaphore(value)

    def Event(self):
        return _sub('synchronize').Event()

    def Barrier(self, parties, action=None, timeout=None):
        return _sub('synchronize').Barrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        return _sub('queues').Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return _sub('queues').JoinableQueue(maxsize)

    def SimpleQueue(self):
        return _sub('queues').SimpleQueue()

    def RawValue(self, typecode_or_type, *args):
        return _sub('sharedctypes').RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        return _sub('sharedctypes').RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        return _sub('sharedctypes').Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        return _sub('sharedctypes').Array(typecode_or_type, size_or_initializer, lock=lock)

    def Manager(self):
        manager = _sub('managers').SyncManager()
        manager.start()
        return manager

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return _sub('pool').Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def __repr__(self):
        if self._name is None:
            return "<multiprocessing.context.DefaultContext object at %#x>" % id(self)
        return "<multiprocessing.context.%sContext object at %#x>" % (
            self._name.capitalize(), id(self))


# the exception classes are reachable from every context object as well
for _exc in (ProcessError, BufferTooShort, TimeoutError, AuthenticationError):
    setattr(BaseContext, _exc.__name__, _exc)
del _exc


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
