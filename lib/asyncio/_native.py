"""The few things asyncio needs from the machine, in one place.

Under pydive these come from the VM's native modules (see lib/NATIVE.md, section
"asyncio"). Under CPython (the differential test harness) the same names map to
CPython's own modules, so one asyncio runs unchanged on both.
"""

import sys
import time as _time

try:
    import _pydive
except ImportError:  # CPython, or a pydive without the helper module yet
    _pydive = None

try:
    import os as _os
    _environ = _os.environ
except ImportError:  # an early pydive without os: no environment switches
    _environ = {}


# -- clocks ---------------------------------------------------------------

monotonic = _time.monotonic

try:
    clock_resolution = _time.get_clock_info('monotonic').resolution
except (AttributeError, ValueError):
    clock_resolution = 1e-09


def virtual_time_enabled():
    """True when the loop should jump its clock to the next timer instead of sleeping.

    pydive: `pydive --virtual-time FILE.py` makes `_pydive.virtual_time()` return True.
    CPython harness: the environment variable PYDIVE_VIRTUAL_TIME=1.
    """
    if _pydive is not None:
        probe = getattr(_pydive, 'virtual_time', None)
        if probe is not None:
            return bool(probe())
    return _environ.get('PYDIVE_VIRTUAL_TIME') == '1'


def sleep(seconds):
    """Block the whole process (used only when no selector can do the waiting)."""
    if seconds > 0:
        _time.sleep(seconds)


# -- trace events ---------------------------------------------------------

def _stderr_trace(kind, **fields):
    parts = ' '.join(f'{k}={v}' for k, v in fields.items())
    sys.stderr.write(f'[asyncio] {kind} {parts}\n')


def _pick_tracer():
    if _pydive is not None:
        hook = getattr(_pydive, 'trace_event', None)
        tracing = getattr(_pydive, 'tracing', None)
        if hook is not None:
            return hook, (tracing if tracing is not None else (lambda: True))
    if _environ.get('PYDIVE_ASYNCIO_TRACE') == '1':
        return _stderr_trace, (lambda: True)
    return None, (lambda: False)


trace_event, tracing = _pick_tracer()


def trace_stops_when_idle():
    """True under `pydive trace`: a loop with nothing left to wait for ends the run."""
    probe = getattr(_pydive, 'trace_stops_when_idle', None) if _pydive is not None else None
    return bool(probe()) if probe is not None else False


# -- I/O readiness --------------------------------------------------------

try:
    import select as _select
except ImportError:
    _select = None

EVENT_READ = 1
EVENT_WRITE = 2


class EpollSelector:
    """Readiness of file descriptors, over the native `select.epoll` object.

    Only the calls listed in lib/NATIVE.md are used: epoll(), register(fd, mask),
    modify(fd, mask), unregister(fd), poll(timeout) -> [(fd, mask)], close().
    """

    def __init__(self):
        self._epoll = _select.epoll()
        self._epfd = self._epoll.fileno()
        self._wait = getattr(_select, '_epoll_wait', None)
        if self._wait is None:  # CPython's select module
            self._wait = lambda _fd, timeout, _max: self._epoll.poll(timeout)
        self._keys = {}  # fd -> [events, (reader, writer)]

    def register(self, fd, events, data):
        mask = 0
        if events & EVENT_READ:
            mask |= _select.EPOLLIN
        if events & EVENT_WRITE:
            mask |= _select.EPOLLOUT
        if fd in self._keys:
            self._epoll.modify(fd, mask)
        else:
            self._epoll.register(fd, mask)
        self._keys[fd] = [events, data]

    def unregister(self, fd):
        if fd in self._keys:
            del self._keys[fd]
            self._epoll.unregister(fd)

    def get_key(self, fd):
        return self._keys.get(fd)

    def has_fds(self):
        return bool(self._keys)

    def select(self, timeout):
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            # epoll has millisecond resolution: round up so we never wake early.
            ms = int(timeout * 1000)
            if ms < timeout * 1000:
                ms += 1
            timeout = ms * 1e-3
        ready = []
        try:
            # The native call directly: CPython's epoll.poll is C and shows no frame when
            # Ctrl-C interrupts it.
            polled = self._wait(self._epfd, timeout, -1)
        except InterruptedError:
            return ready
        for fd, mask in polled:
            key = self._keys.get(fd)
            if key is None:
                continue
            events = 0
            if mask & ~_select.EPOLLOUT:
                events |= EVENT_READ
            if mask & ~_select.EPOLLIN:
                events |= EVENT_WRITE
            ready.append((fd, events & key[0], key[1]))
        return ready

    def close(self):
        self._epoll.close()
        self._keys = {}


class SleepSelector:
    """A selector for a machine without `select`: no fds, waiting is sleeping."""

    def __init__(self):
        self._keys = {}

    def register(self, fd, events, data):
        raise NotImplementedError('asyncio I/O needs the native select.epoll (see lib/NATIVE.md)')

    def unregister(self, fd):
        self._keys.pop(fd, None)

    def get_key(self, fd):
        return None

    def has_fds(self):
        return False

    def select(self, timeout):
        if timeout is None:
            # Nothing scheduled and nothing to watch: CPython blocks in epoll forever
            # (only a signal ends it). So do we.
            while True:
                sleep(86400)
        sleep(timeout)
        return []

    def close(self):
        pass


def new_selector():
    # PYDIVE_ASYNCIO_SELECTOR=sleep tests the no-`select` path under CPython.
    if _environ.get('PYDIVE_ASYNCIO_SELECTOR') == 'sleep':
        return SleepSelector()
    if _select is not None and hasattr(_select, 'epoll'):
        return EpollSelector()
    return SleepSelector()


# -- threads ----------------------------------------------------------------

try:
    import threading as _threading
except ImportError:
    _threading = None


def in_main_thread():
    if _threading is None:
        return True
    return _threading.current_thread() is _threading.main_thread()


def current_thread_name():
    if _threading is None:
        return 'MainThread'
    return _threading.current_thread().name


def thread_ident():
    if _threading is None:
        return 1
    return _threading.get_ident()


# -- weak task registry ---------------------------------------------------

try:
    from weakref import WeakSet
except ImportError:
    WeakSet = None


class OrderedSet:
    """Stand-in for WeakSet on a machine without weakref: holds its items strongly, and
    iterates in insertion order (deterministic shutdown order)."""

    def __init__(self):
        self._items = {}

    def add(self, item):
        self._items[item] = None

    def discard(self, item):
        self._items.pop(item, None)

    def clear(self):
        self._items.clear()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, item):
        return item in self._items


# -- generic aliases (Future[int], Queue[str]) ----------------------------------

try:
    GenericAlias = type(list[int])
except Exception:  # a machine without types.GenericAlias: Cls[X] is just Cls
    GenericAlias = None


def class_getitem(cls, item):
    if GenericAlias is None:
        return cls
    return GenericAlias(cls, item)


# -- frames that CPython does not show -------------------------------------------

def native_frame(func):
    """Mark a function that is C code in CPython (Future.result, Task.__step, ...).

    pydive's `_pydive.hide_from_tracebacks(func)` (see lib/NATIVE.md) makes the VM add
    no traceback entry for its frames, so tracebacks read as CPython's. Elsewhere a no-op.
    """
    hide = getattr(_pydive, 'hide_from_tracebacks', None) if _pydive is not None else None
    if hide is not None:
        hide(func)
    return func
