"""Pipes and child processes for the Unix selector loop (CPython's base_subprocess.py and
the pipe transports of its unix_events.py, in our own words).

A child's standard streams are os.pipe() pairs made here: the child gets its ends as
descriptor numbers (lib/subprocess.py hands them to the native spawn), the loop watches
ours like sockets. CPython learns that a child exited from a child watcher thread; here
the loop polls Popen.poll() on a timer that backs off, so no thread is needed. The order
of the protocol's calls is CPython's: connection_made, pipe data as it arrives,
process_exited and pipe_connection_lost as they happen, connection_lost last (once the
child exited and every pipe closed), then wait() returns.
"""

import collections
import os
import subprocess
import warnings

from . import futures
from . import protocols
from . import transports
from .log import logger

_MAX_READ = 256 * 1024  # bytes read from a pipe per readiness event (CPython's max_size)
_HIGH_WATER = 64 * 1024  # a write buffer above this pauses the protocol
_LOW_WATER = 16 * 1024  # and at or below this resumes it
_FIRST_POLL = 0.0005  # seconds until the first look at a child's status
_LAST_POLL = 0.02  # the longest wait between two looks


class _PipeTransportBase:
    # What the reading and the writing pipe transport share: the file, the protocol,
    # closing once with connection_lost called in a turn of its own.

    def _setup(self, loop, pipe, protocol, waiter, watch_reads):
        self._loop = loop
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._closing = False
        self._extra['pipe'] = pipe
        os.set_blocking(self._fileno, False)
        loop.call_soon(protocol.connection_made, self)
        if watch_reads is not None:
            loop.call_soon(loop._add_reader, self._fileno, watch_reads)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._close(exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = None
            self._protocol = None
            self._loop = None


class _UnixReadPipeTransport(_PipeTransportBase, transports.ReadTransport):
    """The reading end of a pipe: data_received per read, eof_received at end of file."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        transports.ReadTransport.__init__(self, extra)
        self._paused = False
        self._setup(loop, pipe, protocol, waiter, self._read_ready)

    def __repr__(self):
        state = 'closed' if self._pipe is None else ('closing' if self._closing else 'open')
        return f'<{type(self).__name__} fd={self._fileno} {state}>'

    def _read_ready(self):
        try:
            data = os.read(self._fileno, _MAX_READ)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        self._closing = True
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._call_connection_lost, None)

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._fileno)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._fileno, self._read_ready)

    def close(self):
        if not self._closing:
            self._close(None)

    def _close(self, exc):
        self._closing = True
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)


class _UnixWritePipeTransport(_PipeTransportBase, transports.WriteTransport):
    """The writing end of a pipe: writes at once what the pipe takes, buffers the rest.

    It also watches the descriptor for reading: that only fires when the reader went
    away (EPOLLERR), which closes the transport as CPython's does.
    """

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        transports.WriteTransport.__init__(self, extra)
        self._buffer = bytearray()
        self._conn_lost = 0
        self._writing_paused = False
        self._high_water = _HIGH_WATER
        self._low_water = _LOW_WATER
        self._setup(loop, pipe, protocol, waiter, self._read_ready)

    def __repr__(self):
        state = 'closed' if self._pipe is None else ('closing' if self._closing else 'open')
        return f'<{type(self).__name__} fd={self._fileno} {state} bufsize={len(self._buffer)}>'

    def get_write_buffer_size(self):
        return len(self._buffer)

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 4 * low if low is not None else _HIGH_WATER
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water, self._low_water = high, low
        self._pause_if_full()

    def _pause_if_full(self):
        if not self._writing_paused and len(self._buffer) > self._high_water:
            self._writing_paused = True
            self._protocol.pause_writing()

    def _resume_if_drained(self):
        if self._writing_paused and len(self._buffer) <= self._low_water:
            self._writing_paused = False
            self._protocol.resume_writing()

    def _read_ready(self):
        # The reading end closed: a write now would fail with EPIPE.
        self._close(BrokenPipeError() if self._buffer else None)

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not data:
            return
        if self._conn_lost or self._closing:
            if self._conn_lost >= 5:
                logger.warning('pipe closed by peer or os.write(pipe, data) raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                written = os.write(self._fileno, data)
            except (BlockingIOError, InterruptedError):
                written = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._conn_lost += 1
                self._fatal_error(exc, 'Fatal write error on pipe transport')
                return
            if written == len(data):
                return
            data = memoryview(data)[written:]
            self._loop._add_writer(self._fileno, self._write_ready)
        self._buffer += data
        self._pause_if_full()

    def _write_ready(self):
        try:
            written = os.write(self._fileno, self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._buffer.clear()
            self._conn_lost += 1
            self._loop._remove_writer(self._fileno)
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return
        if written < len(self._buffer):
            del self._buffer[:written]
            return
        self._buffer.clear()
        self._loop._remove_writer(self._fileno)
        self._resume_if_drained()
        if self._closing:
            self._loop._remove_reader(self._fileno)
            self._call_connection_lost(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop._remove_reader(self._fileno)
            self._loop.call_soon(self._call_connection_lost, None)

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._close(None)

    def _close(self, exc):
        self._closing = True
        if self._buffer:
            self._loop._remove_writer(self._fileno)
        self._buffer.clear()
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)


class WriteSubprocessPipeProto(protocols.BaseProtocol):
    """The protocol of one of a child's pipes: reports to the subprocess transport."""

    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def __repr__(self):
        return f'<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_made(self, transport):
        self.pipe = transport

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()



class ReadSubprocessPipeProto(WriteSubprocessPipeProto, protocols.Protocol):

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)


class BaseSubprocessTransport(transports.SubprocessTransport):
    """A child process and its piped streams; _start() makes self._proc."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                 waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = collections.deque()  # protocol calls before connection_made
        self._pipes = {}  # 0, 1, 2 -> its pipe protocol (None until connected)
        if stdin == subprocess.PIPE:
            self._pipes[0] = None
        if stdout == subprocess.PIPE:
            self._pipes[1] = None
        if stderr == subprocess.PIPE:
            self._pipes[2] = None
        self._finished = False
        self._poll_handle = None
        self._poll_delay = _FIRST_POLL
        try:
            self._start(args=args, shell=shell, stdin=stdin, stdout=stdout,
                        stderr=stderr, bufsize=bufsize, **kwargs)
        except:
            self.close()
            raise
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc
        if loop.get_debug():
            program = args if isinstance(args, (bytes, str)) else args[0]
            logger.debug('process %r created: pid %s', program, self._pid)
        loop.create_task(self._connect_pipes(waiter))

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        raise NotImplementedError

    def __repr__(self):
        info = [type(self).__name__]
        if self._closed:
            info.append('closed')
        if self._pid is not None:
            info.append(f'pid={self._pid}')
        if self._returncode is not None:
            info.append(f'returncode={self._returncode}')
        elif self._pid is not None:
            info.append('running')
        else:
            info.append('not started')
        stdin = self._pipes.get(0)
        if stdin is not None:
            info.append(f'stdin={stdin.pipe}')
        stdout = self._pipes.get(1)
        stderr = self._pipes.get(2)
        if stdout is not None:
            info.append(f'stdout={stdout.pipe}')
        if stderr is not None:
            info.append(f'stderr={stderr.pipe}')
        return '<{}>'.format(' '.join(info))

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is not None and proto.pipe is not None:
                proto.pipe.close()
        if self._proc is not None and self._returncode is None and self._proc.poll() is None:
            if self._loop.get_debug():
                logger.warning('Close running child process: kill %r', self)
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass

    def __del__(self, _warn=warnings.warn):
        if not getattr(self, '_closed', True):
            _warn(f'unclosed transport {self!r}', ResourceWarning, source=self)
            self.close()

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        proto = self._pipes.get(fd)
        return None if proto is None else proto.pipe

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.terminate()

    def kill(self):
        self._check_proc()
        self._proc.kill()

    async def _connect_pipes(self, waiter):
        try:
            loop = self._loop
            proc = self._proc
            if proc.stdin is not None:
                _, pipe = await loop.connect_write_pipe(
                    lambda: WriteSubprocessPipeProto(self, 0), proc.stdin)
                self._pipes[0] = pipe
            for fd, end in ((1, proc.stdout), (2, proc.stderr)):
                if end is not None:
                    _, pipe = await loop.connect_read_pipe(
                        lambda fd=fd: ReadSubprocessPipeProto(self, fd), end)
                    self._pipes[fd] = pipe
            loop.call_soon(self._protocol.connection_made, self)
            for callback, data in self._pending_calls:
                loop.call_soon(callback, *data)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    # -- noticing that the child exited -------------------------------------

    def _watch_exit(self):
        self._poll_handle = self._loop.call_later(self._poll_delay, self._poll_exit)

    def _poll_exit(self):
        self._poll_handle = None
        if self._proc is None or self._returncode is not None:
            return
        returncode = self._proc.poll()
        if returncode is None:
            self._poll_delay = min(self._poll_delay * 2, _LAST_POLL)
            self._watch_exit()
        else:
            self._process_exited(returncode)

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        if self._loop.get_debug():
            logger.info('%r exited with return code %r', self, returncode)
        self._returncode = returncode
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        """The child's return code, once it exited and its pipes closed."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        if self._returncode is None or self._finished:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._loop = None
            self._proc = None
            self._protocol = None


class _UnixSubprocessTransport(BaseSubprocessTransport):
    """A child started with subprocess.Popen; its PIPE streams are os.pipe() pairs whose
    child ends it gets as descriptors, ours set on the Popen as unbuffered files."""

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        ours = {}  # 0, 1, 2 -> our end's descriptor
        theirs = []  # the child's ends: closed here once it has them
        streams = [stdin, stdout, stderr]
        try:
            for fd in (0, 1, 2):
                if streams[fd] != subprocess.PIPE:
                    continue
                r, w = os.pipe()
                ours[fd], child = (w, r) if fd == 0 else (r, w)
                theirs.append(child)
                streams[fd] = child
            if stderr == subprocess.STDOUT and stdout == subprocess.PIPE:
                streams[2] = streams[1]
            self._proc = subprocess.Popen(args, shell=shell, stdin=streams[0],
                                          stdout=streams[1], stderr=streams[2],
                                          bufsize=bufsize, **kwargs)
        except BaseException:
            for fd in ours.values():
                os.close(fd)
            raise
        finally:
            for fd in theirs:
                os.close(fd)
        for fd, attr in ((0, 'stdin'), (1, 'stdout'), (2, 'stderr')):
            if fd in ours:
                setattr(self._proc, attr, open(ours[fd], 'wb' if fd == 0 else 'rb', buffering=0))


# -- the loop's methods (unix_events._UnixSelectorEventLoop calls these) ------------------

async def _connect_pipe(transport_class, loop, protocol_factory, pipe):
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = transport_class(loop, pipe, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


async def connect_read_pipe(loop, protocol_factory, pipe):
    return await _connect_pipe(_UnixReadPipeTransport, loop, protocol_factory, pipe)


async def connect_write_pipe(loop, protocol_factory, pipe):
    return await _connect_pipe(_UnixWritePipeTransport, loop, protocol_factory, pipe)


def _check_popen_options(universal_newlines, bufsize, encoding, errors, text):
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")


async def _make_transport(loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                          kwargs):
    waiter = loop.create_future()
    transport = _UnixSubprocessTransport(loop, protocol, args, shell, stdin, stdout, stderr,
                                     bufsize, waiter=waiter, **kwargs)
    transport._watch_exit()
    try:
        await waiter
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        transport.close()
        await transport._wait()
        raise
    return transport


async def subprocess_exec(loop, protocol_factory, program, args, stdin, stdout, stderr,
                          universal_newlines, shell, bufsize, encoding, errors, text,
                          kwargs):
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if shell:
        raise ValueError("shell must be False")
    _check_popen_options(universal_newlines, bufsize, encoding, errors, text)
    protocol = protocol_factory()
    transport = await _make_transport(loop, protocol, (program,) + args, False, stdin,
                                      stdout, stderr, bufsize, kwargs)
    return transport, protocol


async def subprocess_shell(loop, protocol_factory, cmd, stdin, stdout, stderr,
                           universal_newlines, shell, bufsize, encoding, errors, text,
                           kwargs):
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if not shell:
        raise ValueError("shell must be True")
    _check_popen_options(universal_newlines, bufsize, encoding, errors, text)
    protocol = protocol_factory()
    transport = await _make_transport(loop, protocol, cmd, True, stdin, stdout, stderr,
                                      bufsize, kwargs)
    return transport, protocol
