"""multiprocessing for pydive, run on threads.

pydive cannot fork or spawn interpreters for Python objects, so a Process runs its target on
a thread of this process and a Pool's workers are threads. The API is CPython 3.12's
(Process, Pool, Queue, Pipe, Value/Array, Manager, locks, current_process, get_context...),
with its names, exit codes and child tracebacks, and Pool pickles the tasks as CPython does
(a lambda fails with the same PicklingError). What differs: the "child" shares this
process's memory (a global it changes is changed here too) and its pid is this process's.
"""

import itertools
import os
import pickle
import queue as _queue
import sys
import threading

__all__ = ["Array", "AuthenticationError", "Barrier", "BoundedSemaphore", "BufferTooShort",
           "Condition", "Event", "JoinableQueue", "Lock", "Manager", "Pipe", "Pool",
           "Process", "ProcessError", "Queue", "RLock", "RawArray", "RawValue", "Semaphore",
           "SimpleQueue", "TimeoutError", "Value", "active_children", "cpu_count",
           "current_process", "freeze_support", "get_all_start_methods", "get_context",
           "get_start_method", "parent_process", "set_start_method", "get_logger",
           "log_to_stderr", "set_executable", "set_forkserver_preload", "allow_connection_pickling"]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


for _cls in (ProcessError, BufferTooShort, TimeoutError, AuthenticationError):
    _cls.__module__ = "multiprocessing.context"

_counter = itertools.count(1)
_by_thread = {}
_children = set()
_start_method = None


class Process:
    """A target run "in another process" (here: on a thread; see the module's doc)."""

    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._identity = (next(_counter),)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or "%s-%d" % (type(self).__name__, self._identity[0])
        self._daemonic = bool(daemon) if daemon is not None else \
            current_process().daemon if current_process() is not self else False
        self._parent = current_process()
        self._thread = None
        self._popen = None
        self._exitcode = None
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        _by_thread[threading.get_ident()] = self
        try:
            self.run()
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            if e.code is not None and not isinstance(e.code, int):
                sys.stderr.write(str(e.code) + "\n")
        except BaseException:
            import traceback
            sys.stderr.write("Process %s:\n" % self._name)
            traceback.print_exc()
            code = 1
        finally:
            sys.stdout.flush()
            _by_thread.pop(threading.get_ident(), None)
        self._exitcode = code

    def start(self):
        self._check_closed()
        assert self._thread is None, "cannot start a process twice"
        assert self._parent is current_process(), \
            "can only start a process object created by current process"
        assert not current_process().daemon, "daemonic processes are not allowed to have children"
        self._thread = threading.Thread(target=self._bootstrap, name=self._name, daemon=True)
        self._popen = True
        _children.add(self)
        self._thread.start()

    def join(self, timeout=None):
        self._check_closed()
        assert self._thread is not None, "can only join a started process"
        self._thread.join(timeout)
        if not self._thread.is_alive():
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is current_process():
            return True
        return self._thread is not None and self._thread.is_alive()

    def terminate(self):
        self._check_closed()  # a thread cannot be stopped from outside: nothing to do

    def kill(self):
        self._check_closed()

    def close(self):
        if self._thread is not None and self._thread.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        _children.discard(self)
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), "name must be a string"
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._thread is None, "process has already started"
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        return self._exitcode

    @property
    def ident(self):
        self._check_closed()
        if self is _main:
            return os.getpid()
        return self._thread and os.getpid()

    pid = ident

    @property
    def authkey(self):
        return b"pydive"

    @property
    def sentinel(self):
        self._check_closed()
        raise ValueError("process not started") if self._thread is None else None

    def __repr__(self):
        if self is _main:
            state = "started"
        elif self._closed:
            state = "closed"
        elif self._thread is None:
            state = "initial"
        elif self._thread.is_alive():
            state = "started"
        else:
            state = "stopped"
        parts = ["<%s name=%r" % (type(self).__name__, self._name)]
        if self._thread is not None or self is _main:
            parts.append("pid=%d" % os.getpid())
        if self._parent is not None and self is not _main:
            parts.append("parent=%d" % os.getpid())
        parts.append(state)
        if self._exitcode is not None:
            parts.append("exitcode=%s" % self._exitcode)
        if self._daemonic:
            parts.append("daemon")
        return " ".join(parts) + ">"


class _MainProcess(Process):
    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._daemonic = False
        self._parent = None
        self._target = None
        self._thread = None
        self._exitcode = None
        self._closed = False


_main = _MainProcess()


def current_process():
    """The Process object of the running code (MainProcess outside children)."""
    return _by_thread.get(threading.get_ident(), _main)


def parent_process():
    """The parent of the current process (None in the main process)."""
    return current_process()._parent


def active_children():
    """The started children still running."""
    done = [p for p in _children if p._thread is not None and not p._thread.is_alive()]
    for p in done:
        _children.discard(p)
    return list(_children)


def cpu_count():
    """The number of CPUs."""
    count = os.cpu_count()
    if count is None:
        raise NotImplementedError("cannot determine number of cpus")
    return count


def freeze_support():
    pass


def set_executable(executable):
    pass


def set_forkserver_preload(module_names):
    pass


def allow_connection_pickling():
    pass


def get_all_start_methods():
    return ["fork", "spawn", "forkserver"]


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None and not allow_none:
        _start_method = "fork"
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError("context has already been set")
    if method is not None and method not in get_all_start_methods():
        raise ValueError("cannot find context for %r" % method)
    _start_method = method


class _Context:
    """What get_context() returns: this module's API under one start method."""

    def __init__(self, method):
        self._method = method

    def get_start_method(self, allow_none=False):
        return self._method

    def __getattr__(self, name):
        return globals()[name]

    def __repr__(self):
        return "<multiprocessing.context.%sContext object at %#x>" % (
            self._method.capitalize(), id(self))


def get_context(method=None):
    """A context for start method `method` (the default one if None)."""
    if method is None:
        method = get_start_method()
    if method not in get_all_start_methods():
        raise ValueError("cannot find context for %r" % method)
    return _Context(method)


def get_logger():
    import logging
    return logging.getLogger("multiprocessing")


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(levelname)s/%(processName)s] %(message)s"))
        logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger


# -- synchronization and queues (threading's, which serve threads-as-processes) -------------

def Lock():
    return threading.Lock()


def RLock():
    return threading.RLock()


def Condition(lock=None):
    return threading.Condition(lock)


def Semaphore(value=1):
    return threading.Semaphore(value)


def BoundedSemaphore(value=1):
    return threading.BoundedSemaphore(value)


def Event():
    return threading.Event()


def Barrier(parties, action=None, timeout=None):
    return threading.Barrier(parties, action, timeout)


class Queue:
    """A FIFO shared by the processes (put/get with block and timeout, queue.Empty/Full)."""

    def __init__(self, maxsize=0):
        self._q = _queue.Queue(maxsize)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        pickle.dumps(obj)  # what cannot cross a process boundary fails here too
        self._q.put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        return self._q.get(block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue:
    def __init__(self):
        self._q = _queue.SimpleQueue()

    def put(self, obj):
        self._q.put(obj)

    def get(self):
        return self._q.get()

    def empty(self):
        return self._q.empty()

    def close(self):
        pass


class _Connection:
    """One end of a Pipe."""

    def __init__(self, inbox, outbox, readable, writable):
        self._inbox, self._outbox = inbox, outbox
        self.readable, self.writable = readable, writable
        self.closed = False

    def _check(self, want):
        if self.closed:
            raise OSError("handle is closed")
        if want == "r" and not self.readable:
            raise OSError("connection is write-only")
        if want == "w" and not self.writable:
            raise OSError("connection is read-only")

    def send(self, obj):
        self._check("w")
        self._outbox.put(pickle.dumps(obj))

    def recv(self):
        self._check("r")
        return pickle.loads(self._inbox.get())

    def send_bytes(self, buf, offset=0, size=None):
        self._check("w")
        data = bytes(buf)[offset:None if size is None else offset + size]
        self._outbox.put(("bytes", data))

    def recv_bytes(self, maxlength=None):
        self._check("r")
        item = self._inbox.get()
        return item[1] if isinstance(item, tuple) else item

    def poll(self, timeout=0.0):
        self._check("r")
        if not self._inbox.empty():
            return True
        if timeout is None or timeout > 0:
            import time
            end = None if timeout is None else time.monotonic() + timeout
            while self._inbox.empty():
                if end is not None and time.monotonic() >= end:
                    return False
                time.sleep(0.001)
            return True
        return False

    def fileno(self):
        raise OSError("pydive: a multiprocessing connection has no descriptor")

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    """(conn1, conn2): what one sends the other receives (conn1 only receives when
    duplex is False)."""
    one, two = _queue.Queue(), _queue.Queue()
    if duplex:
        return _Connection(one, two, True, True), _Connection(two, one, True, True)
    return _Connection(one, None, True, False), _Connection(None, one, False, True)


# -- shared values --------------------------------------------------------------------------

_TYPECODES = {"c": bytes, "b": int, "B": int, "h": int, "H": int, "i": int, "I": int, "l": int,
              "L": int, "q": int, "Q": int, "f": float, "d": float, "u": str}


class _Synchronized:
    def __init__(self, value, lock):
        self._value = value
        self._lock = threading.RLock() if lock is True or lock is None else lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._value

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v

    def __repr__(self):
        return "<Synchronized wrapper for %r>" % (self._value,)


def _convert(typecode, v):
    if isinstance(typecode, str) and typecode in _TYPECODES:
        return _TYPECODES[typecode](v)
    return v


def Value(typecode_or_type, *args, lock=True):
    """A shared value with .value and get_lock()."""
    initial = args[0] if args else (0 if typecode_or_type not in ("c", "u") else
                                   (b"\x00" if typecode_or_type == "c" else "\x00"))
    return _Synchronized(_convert(typecode_or_type, initial), lock)


def RawValue(typecode_or_type, *args):
    return Value(typecode_or_type, *args, lock=False)


class _SynchronizedArray(_Synchronized):
    def __len__(self):
        return len(self._value)

    def __getitem__(self, i):
        return self._value[i]

    def __setitem__(self, i, v):
        self._value[i] = v

    def __iter__(self):
        return iter(self._value)

    def __repr__(self):
        return "<SynchronizedArray wrapper for %r>" % (self._value,)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """A shared array (indexing, slicing, len, get_lock())."""
    if isinstance(size_or_initializer, int):
        zero = _convert(typecode_or_type, 0) if typecode_or_type not in ("c", "u") else \
            (b"\x00" if typecode_or_type == "c" else "\x00")
        items = [zero] * size_or_initializer
    else:
        items = [_convert(typecode_or_type, v) for v in size_or_initializer]
    return _SynchronizedArray(items, lock)


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=False)


class _Manager:
    """Manager(): shared containers (plain ones here, threads sharing memory)."""

    def start(self, initializer=None, initargs=()):
        if initializer is not None:
            initializer(*initargs)

    def shutdown(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()

    dict = staticmethod(lambda *a, **k: dict(*a, **k))
    list = staticmethod(lambda *a: list(*a))
    Namespace = staticmethod(lambda **k: __import__("types").SimpleNamespace(**k))
    Queue = staticmethod(lambda maxsize=0: Queue(maxsize))
    JoinableQueue = staticmethod(lambda maxsize=0: JoinableQueue(maxsize))
    Lock = staticmethod(Lock)
    RLock = staticmethod(RLock)
    Event = staticmethod(Event)
    Condition = staticmethod(Condition)
    Semaphore = staticmethod(Semaphore)
    BoundedSemaphore = staticmethod(BoundedSemaphore)
    Barrier = staticmethod(Barrier)
    Value = staticmethod(lambda typecode, value, lock=True: Value(typecode, value, lock=lock))
    Array = staticmethod(lambda typecode, seq, lock=True: Array(typecode, seq, lock=lock))


def Manager():
    return _Manager()


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
    """A pool of worker "processes" (threads): map/imap/starmap/apply and their async forms."""
    from .pool import Pool as _Pool
    return _Pool(processes, initializer, initargs, maxtasksperchild)


def _reraise_child(e):
    raise e
