"""An event loop whose waiting is done by a selector (epoll) over file descriptors.

CPython 3.12: Lib/asyncio/selector_events.py. A reader or writer is a Handle kept
beside the fd; when the selector reports the fd ready, the Handle joins the ready queue.
"""

__all__ = ('BaseSelectorEventLoop',)

from . import _native
from . import base_events
from . import events
from . import futures


def _fileno(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f'Invalid file object: {fileobj!r}') from None
    if fd < 0:
        raise ValueError(f'Invalid file descriptor: {fd}')
    return fd


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """Selector event loop: I/O readiness from `_native.new_selector()`."""

    def __init__(self, selector=None):
        super().__init__()
        if selector is None:
            selector = _native.new_selector()
        self._selector = selector
        self._transports = {}

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def _process_events(self, event_list):
        for fd, mask, (reader, writer) in event_list:
            if mask & _native.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(fd)
                else:
                    self._add_callback(reader)
            if mask & _native.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(fd)
                else:
                    self._add_callback(writer)

    # -- readers and writers ---------------------------------------------

    def _add_reader(self, fd, callback, *args):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        key = self._selector.get_key(fd)
        if key is None:
            self._selector.register(fd, _native.EVENT_READ, (handle, None))
        else:
            mask, (reader, writer) = key
            self._selector.register(fd, mask | _native.EVENT_READ, (handle, writer))
            if reader is not None:
                reader.cancel()
        return handle

    def _remove_reader(self, fd):
        if self.is_closed():
            return False
        key = self._selector.get_key(fd)
        if key is None:
            return False
        mask, (reader, writer) = key
        mask &= ~_native.EVENT_READ
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.register(fd, mask, (None, writer))
        if reader is not None:
            reader.cancel()
            return True
        return False

    def _add_writer(self, fd, callback, *args):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        key = self._selector.get_key(fd)
        if key is None:
            self._selector.register(fd, _native.EVENT_WRITE, (None, handle))
        else:
            mask, (reader, writer) = key
            self._selector.register(fd, mask | _native.EVENT_WRITE, (reader, handle))
            if writer is not None:
                writer.cancel()
        return handle

    def _remove_writer(self, fd):
        if self.is_closed():
            return False
        key = self._selector.get_key(fd)
        if key is None:
            return False
        mask, (reader, writer) = key
        mask &= ~_native.EVENT_WRITE
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.register(fd, mask, (reader, None))
        if writer is not None:
            writer.cancel()
            return True
        return False

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever `fd` is readable."""
        return self._add_reader(_fileno(fd), callback, *args)

    def remove_reader(self, fd):
        return self._remove_reader(_fileno(fd))

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever `fd` is writable."""
        return self._add_writer(_fileno(fd), callback, *args)

    def remove_writer(self, fd):
        return self._remove_writer(_fileno(fd))

    # -- low-level socket operations ---------------------------------------

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from a non-blocking socket."""
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._add_reader(fd, self._sock_recv, fut, sock, n)
        fut.add_done_callback(lambda f: self._remove_reader(fd))
        return await fut

    def _sock_recv(self, fut, sock, n):
        if fut.done():
            return
        try:
            data = sock.recv(n)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(data)

    async def sock_sendall(self, sock, data):
        """Send all of `data` on a non-blocking socket."""
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        fd = sock.fileno()
        pos = [n]
        self._add_writer(fd, self._sock_sendall, fut, sock, memoryview(data), pos)
        fut.add_done_callback(lambda f: self._remove_writer(fd))
        return await fut

    def _sock_sendall(self, fut, sock, view, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(view[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(view):
            fut.set_result(None)
        else:
            pos[0] = start

    async def sock_connect(self, sock, address):
        """Connect a non-blocking socket to `address`."""
        try:
            sock.connect(address)
            return
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._add_writer(fd, self._sock_connect_cb, fut, sock, address)
        fut.add_done_callback(lambda f: self._remove_writer(fd))
        return await fut

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        try:
            import socket
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)

    async def sock_accept(self, sock):
        """Accept a connection: (conn, address), conn non-blocking."""
        fut = self.create_future()
        self._sock_accept(fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        fd = sock.fileno()
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            self._add_reader(fd, self._sock_accept, fut, sock)
            fut.add_done_callback(lambda f: self._remove_reader(fd))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result((conn, address))
