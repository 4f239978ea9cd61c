"""I/O multiplexing over file objects (pydive's selectors).

A selector remembers which file objects to watch for reading and/or writing, and
``select()`` waits until some of them are ready. ``DefaultSelector`` is the epoll
selector, over pydive's native ``select.epoll``; a ``SelectSelector`` exists when the
``select`` module offers ``select.select``.
"""

import math
import select as _select_mod
import collections as _collections
import collections.abc as _cabc
from abc import ABCMeta as _ABCMeta, abstractmethod

EVENT_READ = 1
EVENT_WRITE = 2
_ALL_EVENTS = EVENT_READ | EVENT_WRITE

SelectorKey = _collections.namedtuple('SelectorKey', 'fileobj fd events data')
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data):
    What a selector keeps for one registered file object: the object itself, its
    file descriptor, the events it is watched for and the caller's data.
    """
for _field, _text in (('fileobj', 'File object registered.'),
                      ('fd', 'Underlying file descriptor.'),
                      ('events', 'Events that must be waited for on this file object.'),
                      ('data', 'Optional opaque data associated to this file object.')):
    getattr(SelectorKey, _field).__doc__ = _text
del _field, _text


def _fileobj_to_fd(fileobj):
    """The descriptor number behind fileobj (an int, or anything with fileno())."""
    if type(fileobj) is int or isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = fileobj.fileno()
            fd = int(fd)
        except (ValueError, TypeError, AttributeError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


def _unknown(fileobj):
    return KeyError(f"{fileobj!r} is not registered")


class _KeyView(_cabc.Mapping):
    """Read-only view of a selector's keys, indexed by file object or descriptor."""

    def __init__(self, owner):
        self._owner = owner

    def __len__(self):
        return len(self._owner._fd_to_key)

    def __iter__(self):
        return iter(self._owner._fd_to_key)

    def get(self, fileobj, default=None):
        fd = self._owner._fd_of(fileobj)
        return self._owner._fd_to_key.get(fd, default)

    def __getitem__(self, fileobj):
        fd = self._owner._fd_of(fileobj)
        try:
            return self._owner._fd_to_key[fd]
        except KeyError:
            raise _unknown(fileobj) from None


class BaseSelector(metaclass=_ABCMeta):
    """The interface every selector offers."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Watch fileobj for events (EVENT_READ | EVENT_WRITE); returns its SelectorKey."""
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching fileobj; returns the SelectorKey it had."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change the events or data of a registered file object."""
        self.unregister(fileobj)
        key = self.register(fileobj, events, data)
        return key

    @abstractmethod
    def select(self, timeout=None):
        """Wait for readiness; returns a list of (key, ready_events)."""
        raise NotImplementedError

    def close(self):
        """Release the selector's resources."""
        pass

    def get_key(self, fileobj):
        """The SelectorKey of a registered file object (KeyError if it is not)."""
        keys = self.get_map()
        if keys is None:
            raise RuntimeError('Selector is closed')
        try:
            return keys[fileobj]
        except KeyError:
            raise _unknown(fileobj) from None

    @abstractmethod
    def get_map(self):
        """A mapping from file objects to their keys (None once closed)."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _SelectorBase(BaseSelector):
    """Bookkeeping shared by the concrete selectors: the fd -> key table."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _KeyView(self)

    def _fd_of(self, fileobj):
        # A file object whose fileno() no longer works (closed) may still be
        # registered: find it by identity among the keys.
        try:
            fd = _fileobj_to_fd(fileobj)
        except ValueError:
            found = [k.fd for k in self._fd_to_key.values() if k.fileobj is fileobj]
            if found:
                return found[0]
            raise
        return fd

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError(f"Invalid events: {events!r}")
        fd = self._fd_of(fileobj)
        if fd in self._fd_to_key:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        key = SelectorKey(fileobj, fd, events, data)
        self._fd_to_key[fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fd_of(fileobj))
        except KeyError:
            raise _unknown(fileobj) from None

    def modify(self, fileobj, events, data=None):
        try:
            old = self._fd_to_key[self._fd_of(fileobj)]
        except KeyError:
            raise _unknown(fileobj) from None
        if events != old.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
            return key
        if data != old.data:
            new = old._replace(data=data)
            self._fd_to_key[new.fd] = new
            return new
        return old

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _ready(self, fd, events):
        """(key, events & key.events) for a descriptor the OS reported, or None."""
        key = self._fd_to_key.get(fd)
        if key is None:
            return None
        return (key, events & key.events)


if hasattr(_select_mod, 'select'):

    class SelectSelector(_SelectorBase):
        """Selector over select.select()."""

        def __init__(self):
            super().__init__()
            self._want_read = set()
            self._want_write = set()

        def register(self, fileobj, events, data=None):
            key = _SelectorBase.register(self, fileobj, events, data)
            if events & EVENT_READ:
                self._want_read.add(key.fd)
            if events & EVENT_WRITE:
                self._want_write.add(key.fd)
            return key

        def unregister(self, fileobj):
            key = _SelectorBase.unregister(self, fileobj)
            self._want_read.discard(key.fd)
            self._want_write.discard(key.fd)
            return key

        def select(self, timeout=None):
            if timeout is not None:
                timeout = max(timeout, 0)
            try:
                r, w, _ = _select_mod.select(self._want_read, self._want_write, [], timeout)
            except InterruptedError:
                return []
            readable, writable = set(r), set(w)
            out = []
            for fd in readable | writable:
                got = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
                item = self._ready(fd, got)
                if item is not None:
                    out.append(item)
            return out


class _KernelPollSelector(_SelectorBase):
    """What the epoll and poll selectors share: the kernel object in `_selector` keeps the
    registered descriptors with their masks; subclasses name the read/write bits and how a
    timeout becomes the object's wait argument."""

    _READ_BIT = _WRITE_BIT = 0

    @classmethod
    def _os_mask(cls, events):
        return ((cls._READ_BIT if events & EVENT_READ else 0)
                | (cls._WRITE_BIT if events & EVENT_WRITE else 0))

    def register(self, fileobj, events, data=None):
        key = _SelectorBase.register(self, fileobj, events, data)
        try:
            self._selector.register(key.fd, self._os_mask(events))
        except BaseException:
            _SelectorBase.unregister(self, fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = _SelectorBase.unregister(self, fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            # The descriptor may have been closed already: the kernel forgot it.
            pass
        return key

    def modify(self, fileobj, events, data=None):
        try:
            old = self._fd_to_key[self._fd_of(fileobj)]
        except KeyError:
            raise _unknown(fileobj) from None
        if events == old.events:
            return super().modify(fileobj, events, data)
        if not events or events & ~_ALL_EVENTS:
            raise ValueError(f"Invalid events: {events!r}")
        self._selector.modify(old.fd, self._os_mask(events))
        new = old._replace(events=events, data=data)
        self._fd_to_key[new.fd] = new
        return new

    def _poll(self, timeout):
        raise NotImplementedError

    def select(self, timeout=None):
        try:
            reported = self._poll(timeout)
        except InterruptedError:
            return []
        ready = []
        for fd, mask in reported:
            # anything but "readable" wakes writers, anything but "writable" wakes readers
            got = (EVENT_WRITE if mask & ~self._READ_BIT else 0) | \
                  (EVENT_READ if mask & ~self._WRITE_BIT else 0)
            item = self._ready(fd, got)
            if item is not None:
                ready.append(item)
        return ready


def _milliseconds(timeout):
    # the kernel counts milliseconds: round up so a wait never ends too early
    return math.ceil(timeout * 1e3)


if hasattr(_select_mod, 'epoll'):

    class EpollSelector(_KernelPollSelector):
        """Selector over Linux's epoll."""

        _READ_BIT = _select_mod.EPOLLIN
        _WRITE_BIT = _select_mod.EPOLLOUT

        def __init__(self):
            super().__init__()
            self._selector = _select_mod.epoll()

        def fileno(self):
            return self._selector.fileno()

        def _poll(self, timeout):
            if timeout is None:
                wait = -1
            elif timeout <= 0:
                wait = 0
            else:
                wait = _milliseconds(timeout) * 1e-3
            return self._selector.poll(wait, max(len(self._fd_to_key), 1))

        def close(self):
            self._selector.close()
            super().close()

if hasattr(_select_mod, 'poll'):

    class PollSelector(_KernelPollSelector):
        """Selector over select.poll()."""

        _READ_BIT = _select_mod.POLLIN
        _WRITE_BIT = _select_mod.POLLOUT

        def __init__(self):
            super().__init__()
            self._selector = _select_mod.poll()

        def _poll(self, timeout):
            if timeout is None:
                wait = None
            elif timeout <= 0:
                wait = 0
            else:
                wait = _milliseconds(timeout)
            return self._selector.poll(wait)


DefaultSelector = globals().get('EpollSelector') or SelectSelector
