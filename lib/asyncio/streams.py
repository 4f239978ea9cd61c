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
    incoming = StreamReader(limit=limit, loop=loop)
    return incoming, StreamReaderProtocol(incoming, loop=loop)


def _server_side(loop, limit, client_connected_cb):
    # The protocol factory of a server: one reader/protocol pair per accepted client.
    def make_protocol():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop),
                                    client_connected_cb, loop=loop)
    return make_protocol


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect to host:port and return (reader, writer)."""
    running = events.get_running_loop()
    incoming, proto = _client_side(running, limit)
    transport, _ = await running.create_connection(lambda: proto, host, port, **kwds)
    return incoming, StreamWriter(transport, proto, incoming, running)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       **kwds):
    """Listen on host:port; each client is handed to client_connected_cb(reader, writer)."""
    running = events.get_running_loop()
    factory = _server_side(running, limit, client_connected_cb)
    return await running.create_server(factory, host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """open_connection() for a Unix-domain socket at `path`."""
    running = events.get_running_loop()
    incoming, proto = _client_side(running, limit)
    transport, _ = await running.create_unix_connection(lambda: proto, path, **kwds)
    return incoming, StreamWriter(transport, proto, incoming, running)


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """start_server() for a Unix-domain socket at `path`."""
    running = events.get_running_loop()
    factory = _server_side(running, limit, client_connected_cb)
    return await running.create_unix_server(factory, path, **kwds)


def _settle(fut, exc):
    # Finish a waiter with None, or with `exc` when there is one.
    if exc is None:
        fut.set_result(None)
    else:
        fut.set_exception(exc)


class FlowControlMixin(protocols.Protocol):
    """Write flow control for streams: drain() blocks while the transport is paused."""

    def __init__(self, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._paused = False
        self._drainers = []   # futures of drain() calls waiting for resume_writing()
        self._lost = False    # connection_lost() has run

    def pause_writing(self):
        assert not self._paused
        self._paused = True

    def resume_writing(self):
        assert self._paused
        self._paused = False
        self._release_drainers(None)

    def connection_lost(self, exc):
        self._lost = True
        if self._paused:
            self._release_drainers(exc)

    def _release_drainers(self, exc):
        for gate in self._drainers:
            if not gate.done():
                _settle(gate, exc)

    async def _drain_helper(self):
        # StreamWriter.drain()'s wait (the name is the interface between the two).
        if self._lost:
            raise ConnectionResetError('Connection lost')
        if self._paused:
            gate = self._loop.create_future()
            self._drainers.append(gate)
            try:
                await gate
            finally:
                self._drainers.remove(gate)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Feeds a StreamReader from the transport; on a server, starts client_connected_cb."""

    _source_traceback = None

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        FlowControlMixin.__init__(self, loop=loop)
        self._stream_reader_ = stream_reader
        self._on_client = client_connected_cb   # None on the client side
        self._writer = None
        self._task = None     # the client handler's task, when it is a coroutine
        self._transport = None
        self._over_ssl = False
        self._lost_fut = self._loop.create_future()  # what StreamWriter.wait_closed awaits

    @property
    def _stream_reader(self):
        return self._stream_reader_

    def connection_made(self, transport):
        self._transport = transport
        incoming = self._stream_reader_
        if incoming is not None:
            incoming.set_transport(transport)
        if self._on_client is None:
            return
        self._writer = StreamWriter(transport, self, incoming, self._loop)
        outcome = self._on_client(incoming, self._writer)
        if coroutines.iscoroutine(outcome):
            self._task = self._loop.create_task(outcome)
            self._task.add_done_callback(_client_handler_done(self._loop, transport))

    def connection_lost(self, exc):
        incoming = self._stream_reader_
        if incoming is not None:
            if exc is None:
                incoming.feed_eof()
            else:
                incoming.set_exception(exc)
        if not self._lost_fut.done():
            _settle(self._lost_fut, exc)
        FlowControlMixin.connection_lost(self, exc)
        self._stream_reader_ = self._writer = None
        self._task = self._transport = None

    def data_received(self, data):
        if self._stream_reader_ is not None:
            self._stream_reader_.feed_data(data)

    def eof_received(self):
        if self._stream_reader_ is not None:
            self._stream_reader_.feed_eof()
        return True  # half-close: our side may still write

    def _get_close_waiter(self, stream):
        return self._lost_fut

    def __del__(self):
        # An error that closed the connection counts as seen once the protocol goes.
        lost = getattr(self, '_lost_fut', None)
        if lost is not None and lost.done() and not lost.cancelled():
            lost.exception()


def _client_handler_done(loop, transport):
    # Done-callback of a server's client handler task: a failure is reported, and that
    # client's connection closed.
    def callback(task):
        exc = task.exception()
        if exc is None:
            return
        loop.call_exception_handler({'message': 'Unhandled exception in client_connected_cb',
                                     'exception': exc, 'transport': transport})
        transport.close()
    return callback


class StreamWriter:
    """The writing half: forwards to the transport; drain() applies flow control."""

    def __init__(self, transport, protocol, reader, loop):
        assert reader is None or isinstance(reader, StreamReader)
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        finished = self._complete_fut = loop.create_future()  # (CPython keeps one, done)
        finished.set_result(None)

    def __repr__(self):
        parts = [f'<{type(self).__name__} transport={self._transport!r}']
        reader = self._reader
        if reader is not None:
            parts.append(f'reader={reader!r}')
        return ' '.join(parts) + '>'

    @property
    def transport(self):
        return self._transport

    # Writing and closing go straight to the transport.

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
        failure = None if self._reader is None else self._reader.exception()
        if failure is not None:
            raise failure
        if self._transport.is_closing():
            # close() scheduled connection_lost: let it run before looking.
            await sleep(0)
        await self._protocol._drain_helper()

    def __del__(self, warnings=warnings):
        conn = getattr(self, '_transport', None)
        if conn is None or conn.is_closing():
            return
        if not self._loop.is_closed():
            self.close()
            warnings.warn(f'unclosed {self!r}', ResourceWarning)
        else:
            warnings.warn('loop is closed', ResourceWarning)


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
        notes = ['StreamReader']
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
        return f"<{' '.join(notes)}>"

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def _wake(self, exc=None):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.cancelled():
            _settle(waiter, exc)

    def _wakeup_waiter(self):
        self._wake()

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _resume_if_drained(self):
        # Reading was paused for a full buffer; it resumes once back within the limit.
        if not self._paused or len(self._buffer) > self._limit:
            return
        self._paused = False
        self._transport.resume_reading()

    _maybe_resume_transport = _resume_if_drained

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        return not self._buffer and self._eof

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
        # Park the one reading coroutine until feed_data/feed_eof/set_exception.
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is '
                               f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            # Somebody waits for data: let the transport deliver again.
            self._paused = False
            self._transport.resume_reading()
        waiter = self._waiter = self._loop.create_future()
        try:
            await waiter
        finally:
            self._waiter = None

    def _check_failed(self):
        # Reads raise the error the connection ended with.
        if self._exception is not None:
            raise self._exception

    def _take(self, size):
        # The first `size` bytes of the buffer, removed from it.
        chunk = bytes(self._buffer[:size])
        del self._buffer[:size]
        self._resume_if_drained()
        return chunk

    def _take_all(self):
        everything = bytes(self._buffer)
        self._buffer.clear()
        return everything

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
            self._resume_if_drained()
            raise ValueError(overrun.args[0])

    async def readuntil(self, separator=b'\n'):
        """Everything up to and including `separator`."""
        width = len(separator)
        if not width:
            raise ValueError('Separator should be at least one-byte string')
        self._check_failed()
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
        if found <= self._limit:
            return self._take(found + width)
        raise exceptions.LimitOverrunError('Separator is found, but chunk is longer than limit',
                                           found)

    async def read(self, n=-1):
        """Up to n bytes (at least one unless at EOF); n < 0: everything until EOF."""
        self._check_failed()
        if n == 0:
            return b''
        if n > 0:
            if self._eof or self._buffer:
                return self._take(n)
            await self._wait_for_data('read')
            return self._take(n)
        pieces = []
        while True:
            piece = await self.read(self._limit)
            if not piece:
                return b''.join(pieces)
            pieces.append(piece)

    async def readexactly(self, n):
        """Exactly n bytes, or IncompleteReadError at EOF."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        self._check_failed()
        if n == 0:
            return b''
        while n > len(self._buffer):
            if self._eof:
                raise exceptions.IncompleteReadError(self._take_all(), n)
            await self._wait_for_data('readexactly')
        return self._take(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line
