"""Streams: reading and writing a connection with coroutines instead of callbacks.

A StreamReaderProtocol sits between the transport and the coroutines: what the transport
delivers (data, EOF, loss of the connection) goes into a StreamReader's buffer, where
read coroutines pick it up, waiting on a future when the buffer cannot satisfy them.
A StreamWriter writes through the transport; drain() waits while the transport has
paused writing. Behaviour and messages are CPython 3.12's.
"""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol',
           'open_connection', 'start_server', 'open_unix_connection', 'start_unix_server')

import warnings

from . import coroutines
from . import events
from . import exceptions
from . import protocols
from .tasks import sleep

_DEFAULT_LIMIT = 64 * 1024  # how much a reader buffers before it pauses the transport


def _client_side(loop, limit):
    reader = StreamReader(limit=limit, loop=loop)
    return reader, StreamReaderProtocol(reader, loop=loop)


def _server_side(loop, limit, client_connected_cb):
    # The protocol factory of a server: one reader/protocol pair per accepted client.
    def make_protocol():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop),
                                    client_connected_cb, loop=loop)
    return make_protocol


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect to host:port and return (reader, writer)."""
    loop = events.get_running_loop()
    reader, protocol = _client_side(loop, limit)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, **kwds):
    """Listen on host:port; each client is handed to client_connected_cb(reader, writer)."""
    loop = events.get_running_loop()
    return await loop.create_server(_server_side(loop, limit, client_connected_cb),
                                    host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """open_connection() for a Unix-domain socket at `path`."""
    loop = events.get_running_loop()
    reader, protocol = _client_side(loop, limit)
    transport, _ = await loop.create_unix_connection(lambda: protocol, path, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """start_server() for a Unix-domain socket at `path`."""
    loop = events.get_running_loop()
    return await loop.create_unix_server(_server_side(loop, limit, client_connected_cb),
                                         path, **kwds)


class FlowControlMixin(protocols.Protocol):
    """Write flow control for streams: drain() blocks while the transport is paused."""

    def __init__(self, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._paused = False
        self._drain_waiters = []
        self._connection_lost = False

    def pause_writing(self):
        assert not self._paused
        self._paused = True

    def resume_writing(self):
        assert self._paused
        self._paused = False
        self._release_drainers(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if self._paused:
            self._release_drainers(exc)

    def _release_drainers(self, exc):
        for waiter in self._drain_waiters:
            if waiter.done():
                continue
            if exc is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Feeds a StreamReader from the transport; on a server, starts client_connected_cb."""

    _source_traceback = None

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        FlowControlMixin.__init__(self, loop=loop)
        self._stream_reader_ = stream_reader
        self._reject_connection = False
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._over_ssl = False
        self._closed = self._loop.create_future()

    @property
    def _stream_reader(self):
        return self._stream_reader_

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is None:
            return
        self._stream_writer = StreamWriter(transport, self, reader, self._loop)
        outcome = self._client_connected_cb(reader, self._stream_writer)
        if not coroutines.iscoroutine(outcome):
            return
        loop = self._loop

        def callback(task):
            # A failing client handler is reported, and its connection closed.
            exc = task.exception()
            if exc is None:
                return
            loop.call_exception_handler({
                'message': 'Unhandled exception in client_connected_cb',
                'exception': exc,
                'transport': transport,
            })
            transport.close()

        self._task = loop.create_task(outcome)
        self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        closed = self._closed
        if not closed.done():
            if exc is None:
                closed.set_result(None)
            else:
                closed.set_exception(exc)
        FlowControlMixin.connection_lost(self, exc)
        self._stream_reader_ = self._stream_writer = None
        self._task = self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True  # half-close: our side may still write

    def _get_close_waiter(self, stream):
        return self._closed

    def __del__(self):
        # An error that closed the connection counts as seen once the protocol goes.
        closed = getattr(self, '_closed', None)
        if closed is not None and closed.done() and not closed.cancelled():
            closed.exception()


class StreamWriter:
    """The writing half: forwards to the transport; drain() applies flow control."""

    def __init__(self, transport, protocol, reader, loop):
        assert reader is None or isinstance(reader, StreamReader)
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._complete_fut = loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        text = f'<{type(self).__name__} transport={self._transport!r}'
        if self._reader is not None:
            text += f' reader={self._reader!r}'
        return text + '>'

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        """Wait until it is fine to write again (raises the reader's error, if any)."""
        if self._reader is not None:
            failure = self._reader.exception()
            if failure is not None:
                raise failure
        if self._transport.is_closing():
            # close() scheduled connection_lost: let it run before looking.
            await sleep(0)
        await self._protocol._drain_helper()

    def __del__(self, warnings=warnings):
        transport = getattr(self, '_transport', None)
        if transport is None or transport.is_closing():
            return
        if self._loop.is_closed():
            warnings.warn('loop is closed', ResourceWarning)
        else:
            self.close()
            warnings.warn(f'unclosed {self!r}', ResourceWarning)


class StreamReader:
    """The reading half: a buffer the protocol fills and read coroutines drain."""

    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None      # the future a read coroutine waits on for more data
        self._exception = None
        self._transport = None
        self._paused = False     # reading paused because the buffer grew too big

    def __repr__(self):
        notes = []
        if self._buffer:
            notes.append(f'{len(self._buffer)} bytes')
        if self._eof:
            notes.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            notes.append(f'limit={self._limit}')
        for label in ('waiter', 'exception', 'transport'):
            value = getattr(self, '_' + label)
            if value:
                notes.append(f'{label}={value!r}')
        if self._paused:
            notes.append('paused')
        return '<' + ' '.join(['StreamReader'] + notes) + '>'

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def _wake(self, exc=None):
        waiter = self._waiter
        if waiter is None:
            return
        self._waiter = None
        if waiter.cancelled():
            return
        if exc is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(exc)

    def _wakeup_waiter(self):
        self._wake()

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer.extend(data)
        self._wake()
        # Past twice the limit, ask the transport to stop reading for a while.
        if self._transport is None or self._paused or len(self._buffer) <= 2 * self._limit:
            return
        try:
            self._transport.pause_reading()
        except NotImplementedError:
            self._transport = None  # cannot pause: stop trying
        else:
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is '
                               f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def _take(self, size):
        # The first `size` bytes of the buffer, removed from it.
        chunk = bytes(self._buffer[:size])
        del self._buffer[:size]
        self._maybe_resume_transport()
        return chunk

    def _take_all(self):
        chunk = bytes(self._buffer)
        self._buffer.clear()
        return chunk

    async def readline(self):
        """Up to and including b'\\n'; at EOF, what is left (maybe b'')."""
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as short:
            return short.partial
        except exceptions.LimitOverrunError as overrun:
            # Drop the oversized line (with its newline if it was found), then complain.
            at = overrun.consumed
            if self._buffer[at:at + 1] == b'\n':
                del self._buffer[:at + 1]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(overrun.args[0])

    async def readuntil(self, separator=b'\n'):
        """Everything up to and including `separator`."""
        width = len(separator)
        if width == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        searched = 0  # the buffer before this offset is known not to hold the separator
        while True:
            size = len(self._buffer)
            if size - searched >= width:
                found = self._buffer.find(separator, searched)
                if found != -1:
                    break
                searched = size + 1 - width
                if searched > self._limit:
                    raise exceptions.LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', searched)
            if self._eof:
                raise exceptions.IncompleteReadError(self._take_all(), None)
            await self._wait_for_data('readuntil')
        if found > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', found)
        return self._take(found + width)

    async def read(self, n=-1):
        """Up to n bytes (at least one unless at EOF); n < 0: everything until EOF."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            pieces = []
            while True:
                piece = await self.read(self._limit)
                if not piece:
                    return b''.join(pieces)
                pieces.append(piece)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        return self._take(n)

    async def readexactly(self, n):
        """Exactly n bytes, or IncompleteReadError at EOF."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                raise exceptions.IncompleteReadError(self._take_all(), n)
            await self._wait_for_data('readexactly')
        return self._take(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line
