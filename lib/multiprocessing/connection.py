"""multiprocessing.connection for pydive: Connection objects over OS pipes, and wait().

A message is its length as a 4-byte big-endian signed int (or -1 and an 8-byte length for
2 GiB or more), then its bytes, as CPython frames them. The descriptors are non-blocking: a
read or write that cannot go on waits in select(), in short slices while other green threads
exist (a Pool's result handler, say), so they keep running; alone, it simply blocks.
"""

import os
import pickle
import select
import struct
import threading
import time

__all__ = ["Client", "Listener", "Pipe", "wait", "Connection"]

_SLICE = 0.02


def _others_run():
    return threading.active_count() > 1


def _wait_fd(fd, writing=False, timeout=None):
    """Wait until fd is readable (or writable); False if the timeout passed first."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        if _others_run():
            # a wait in select() holds up every green thread: wait in slices, so that
            # the others (which may be what this one waits for) get to run between them
            left = _SLICE if left is None else min(left, _SLICE)
        if writing:
            ready = select.select([], [fd], [], left)[1]
        else:
            ready = select.select([fd], [], [], left)[0]
        if ready:
            return True
        if deadline is not None and time.monotonic() >= deadline:
            return False


def _write_all(fd, data):
    """Write all of data to the (non-blocking) descriptor, waiting while the pipe is full."""
    data = bytes(data)  # (pydive's os.write takes bytes, not memoryview slices)
    pos = 0
    while pos < len(data):
        try:
            pos += os.write(fd, data[pos:] if pos else data)
        except BlockingIOError:
            _wait_fd(fd, True)


def _write_some(fd, data):
    """Write what fits of data to the (non-blocking) descriptor now; how much that was."""
    pos = 0
    while pos < len(data):
        try:
            n = os.write(fd, data[pos:] if pos else data)
        except BlockingIOError:
            break
        if n <= 0:
            break
        pos += n
    return pos


def _frame(data):
    """A message as it travels: its length, then its bytes."""
    n = len(data)
    if n > 0x7fffffff:
        return struct.pack("!i", -1) + struct.pack("!Q", n) + bytes(data)
    return struct.pack("!i", n) + bytes(data)


def _read_exact(fd, size):
    """size bytes from the (non-blocking) descriptor, waiting while none are there."""
    parts = []
    left = size
    while left:
        try:
            chunk = os.read(fd, min(left, 1 << 20))
        except BlockingIOError:
            _wait_fd(fd)
            continue
        if not chunk:
            if left == size:
                raise EOFError
            raise OSError("got end of file during message")
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


class Connection:
    """One end of a Pipe: send/recv pickled objects, send_bytes/recv_bytes raw messages."""

    def __init__(self, rfd, wfd, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        # non-blocking: a read or write that would wait returns at once, and the wait
        # happens in select() (where other green threads run), only when needed
        for fd in {rfd, wfd} - {None}:
            os.set_blocking(fd, False)
        self._rfd = rfd
        self._wfd = wfd
        self._readable = readable
        self._writable = writable

    # -- state -----------------------------------------------------------------------------

    def _check_closed(self):
        if self._rfd is None and self._wfd is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._rfd is None and self._wfd is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._rfd if self._rfd is not None else self._wfd

    def close(self):
        for fd in {self._rfd, self._wfd} - {None}:
            try:
                os.close(fd)
            except OSError:
                pass
        self._rfd = self._wfd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __reduce__(self):
        raise TypeError("pydive: a multiprocessing Connection cannot be pickled (pass it "
                        "to a child process through inheritance)")

    # -- sending ---------------------------------------------------------------------------

    def _send(self, data):
        n = len(data)
        if n > 0x7fffffff:
            header = struct.pack("!i", -1) + struct.pack("!Q", n)
        else:
            header = struct.pack("!i", n)
        if n < 16384:
            _write_all(self._wfd, header + bytes(data))
        else:
            _write_all(self._wfd, header)
            _write_all(self._wfd, data)

    def send_bytes(self, buf, offset=0, size=None):
        """Send bytes of a bytes-like object (a slice of it with offset/size)."""
        self._check_closed()
        self._check_writable()
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast("B")
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send(m[offset:offset + size])

    def send(self, obj):
        """Send a picklable object."""
        self._check_closed()
        self._check_writable()
        self._send(pickle.dumps(obj))

    # -- receiving -------------------------------------------------------------------------

    def _recv(self, maxsize=None):
        size, = struct.unpack("!i", _read_exact(self._rfd, 4))
        if size == -1:
            size, = struct.unpack("!Q", _read_exact(self._rfd, 8))
        if maxsize is not None and size > maxsize:
            return None
        return _read_exact(self._rfd, size)

    def recv_bytes(self, maxlength=None):
        """The next message's bytes."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv(maxlength)
        if buf is None:
            self.close()
            raise OSError("bad message length")
        return buf

    def recv_bytes_into(self, buf, offset=0):
        """Read the next message into a writable buffer; its length."""
        self._check_closed()
        self._check_readable()
        m = memoryview(buf)
        if offset < 0 or offset > m.nbytes:
            raise ValueError("offset out of bounds" if offset > m.nbytes else
                             "negative offset")
        data = self._recv()
        if len(data) > m.nbytes - offset:
            from . import BufferTooShort
            raise BufferTooShort(data)
        m.cast("B")[offset:offset + len(data)] = data
        return len(data)

    def recv(self):
        """The next object sent."""
        self._check_closed()
        self._check_readable()
        return pickle.loads(self._recv())

    def poll(self, timeout=0.0):
        """Is there something to read (waiting up to timeout seconds; None: no limit)?"""
        self._check_closed()
        self._check_readable()
        return _wait_fd(self._rfd, False, timeout)


def Pipe(duplex=True):
    """(conn1, conn2): what conn2 sends conn1 receives (and back when duplex)."""
    r1, w1 = os.pipe()
    if duplex:
        r2, w2 = os.pipe()
        return Connection(r1, w2), Connection(r2, w1)
    return Connection(r1, None, writable=False), Connection(None, w1, readable=False)


def wait(object_list, timeout=None):
    """The objects of object_list that are ready (Connections with data, sentinels of
    ended processes, objects with a fileno()), waiting up to timeout seconds."""
    fds = {}
    for obj in object_list:
        fd = obj if isinstance(obj, int) else obj.fileno()
        fds.setdefault(fd, []).append(obj)
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        if _others_run():
            left = _SLICE if left is None else min(left, _SLICE)
        ready = select.select(list(fds), [], [], left)[0]
        if ready or (deadline is not None and time.monotonic() >= deadline):
            return [obj for obj in object_list
                    if (obj if isinstance(obj, int) else obj.fileno()) in ready]


def Listener(*args, **kwargs):
    raise NotImplementedError("pydive: multiprocessing.connection.Listener (sockets with "
                              "authentication)")


def Client(*args, **kwargs):
    raise NotImplementedError("pydive: multiprocessing.connection.Client (sockets with "
                              "authentication)")
