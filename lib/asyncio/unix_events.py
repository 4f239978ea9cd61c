"""On Unix the default loop is the selector loop, and the default policy makes it."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

import subprocess
import sys

from . import coroutines
from . import events
from .events import BaseDefaultEventLoopPolicy
from .selector_events import BaseSelectorEventLoop
# CPython defines the child watchers here; ours are inert (unsupported.py): the loop
# polls its children itself
from .unsupported import (AbstractChildWatcher, SafeChildWatcher, FastChildWatcher,  # noqa: F401
                          MultiLoopChildWatcher, ThreadedChildWatcher, PidfdChildWatcher)


class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    """The loop asyncio.new_event_loop() gives on Unix (its name shows in reprs).

    Signals (add_signal_handler) reach the loop as in CPython: the handler writes the
    signal's number to a socketpair that the loop reads like any other fd, and reading
    it schedules the callback. CPython's C handler writes that byte (set_wakeup_fd);
    here the Python-level handler does, which pydive runs between bytecodes or while
    epoll waits. The socketpair is made with the first handler, not with the loop.
    """

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}  # signal number -> Handle
        self._self_pipe = None  # (reading socket, writing socket)

    def close(self):
        super().close()
        if not sys.is_finalizing():
            for sig in list(self._signal_handlers):
                self.remove_signal_handler(sig)
        self._close_self_pipe()

    def _make_self_pipe(self):
        import socket
        rsock, wsock = socket.socketpair()
        rsock.setblocking(False)
        wsock.setblocking(False)
        self._self_pipe = (rsock, wsock)
        self._add_reader(rsock.fileno(), self._read_from_self)

    def _close_self_pipe(self):
        if self._self_pipe is None:
            return
        rsock, wsock = self._self_pipe
        self._self_pipe = None
        if self._selector is not None:
            self._remove_reader(rsock.fileno())
        rsock.close()
        wsock.close()

    def _read_from_self(self):
        rsock = self._self_pipe[0]
        while True:
            try:
                data = rsock.recv(4096)
            except InterruptedError:
                continue
            except BlockingIOError:
                return
            if not data:
                return
            for signum in data:
                if signum:
                    self._handle_signal(signum)

    def _on_signal(self, signum, frame):
        pipe = self._self_pipe
        if pipe is not None:
            try:
                pipe[1].send(bytes((signum,)))
            except OSError:
                pass  # full or closed: the loop wakes anyway, as with set_wakeup_fd

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) on the loop (in a turn of its own) each time sig arrives."""
        import signal
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        import threading
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError('set_wakeup_fd only works in main thread of the main interpreter')
        if self._self_pipe is None:
            self._make_self_pipe()
        handle = events.Handle(callback, args, self, None)
        self._signal_handlers[sig] = handle
        try:
            signal.signal(sig, self._on_signal)
        except OSError as exc:
            del self._signal_handlers[sig]
            if exc.errno == 22:  # EINVAL: SIGKILL, SIGSTOP
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def _handle_signal(self, sig):
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            self._add_callback(handle)

    def remove_signal_handler(self, sig):
        """Give sig back its default handling; False if the loop had no handler for it."""
        import signal
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise
        return True

    # -- pipes and child processes (base_subprocess.py) ----------------------

    async def connect_read_pipe(self, protocol_factory, pipe):
        """Read a pipe (any object with fileno()) into a protocol: (transport, protocol)."""
        from . import base_subprocess
        return await base_subprocess.connect_read_pipe(self, protocol_factory, pipe)

    async def connect_write_pipe(self, protocol_factory, pipe):
        """Write to a pipe (any object with fileno()) through a transport."""
        from . import base_subprocess
        return await base_subprocess.connect_write_pipe(self, protocol_factory, pipe)

    async def subprocess_exec(self, protocol_factory, program, *args,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, universal_newlines=False,
                              shell=False, bufsize=0, encoding=None, errors=None,
                              text=None, **kwargs):
        from . import base_subprocess
        return await base_subprocess.subprocess_exec(
            self, protocol_factory, program, args, stdin, stdout, stderr,
            universal_newlines, shell, bufsize, encoding, errors, text, kwargs)

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               universal_newlines=False, shell=True, bufsize=0,
                               encoding=None, errors=None, text=None, **kwargs):
        from . import base_subprocess
        return await base_subprocess.subprocess_shell(
            self, protocol_factory, cmd, stdin, stdout, stderr,
            universal_newlines, shell, bufsize, encoding, errors, text, kwargs)

    def _check_signal(self, sig):
        import signal
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """The default policy on Unix: selector loops, and a child watcher on request."""

    _loop_factory = _UnixSelectorEventLoop  # what new_event_loop() makes

    def __init__(self):
        super().__init__()
        self._watcher = None

    # The loop watches its children itself (base_subprocess.py polls them); the watcher
    # only lets set-up code run. One is made on first request; a replaced one is closed.
    def get_child_watcher(self):
        from . import unsupported
        if self._watcher is None:
            self._watcher = unsupported.ThreadedChildWatcher()
        unsupported._deprecated("get_child_watcher")
        return self._watcher

    def set_child_watcher(self, watcher):
        from . import unsupported
        previous = self._watcher
        if previous is not None:
            previous.close()
        self._watcher = watcher
        unsupported._deprecated("set_child_watcher")


def can_use_pidfd():
    # CPython asks whether os.pidfd_open works; the loop here polls its children instead
    return False


# The public names are aliases, as in CPython (reprs show the underscored class names).
SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
