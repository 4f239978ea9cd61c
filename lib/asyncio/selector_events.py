"""An event loop whose waiting is done by a selector (epoll) over file descriptors.

CPython 3.12: Lib/asyncio/selector_events.py. A reader or writer is a Handle kept
beside the fd; when the selector reports the fd ready, the Handle joins the ready queue.
"""

__all__ = ('BaseSelectorEventLoop', 'Server')

from . import _native
from . import base_events
from . import events
from . import exceptions
from . import futures
from . import tasks
from . import transports


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

    async def sock_recv_into(self, sock, buf):
        """Receive into `buf` from a non-blocking socket; return the byte count."""
        try:
            return sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()

        def ready():
            if fut.done():
                return
            try:
                n = sock.recv_into(buf)
            except (BlockingIOError, InterruptedError):
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result(n)
        self._add_reader(fd, ready)
        fut.add_done_callback(lambda f: self._remove_reader(fd))
        return await fut

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        # CPython asks a worker thread; pydive has none, so the lookup blocks the loop.
        import socket
        return socket.getaddrinfo(host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        import socket
        return socket.getnameinfo(sockaddr, flags)

    # -- what pydive does not have: named clearly ---------------------------

    def _unsupported(self, what):
        raise NotImplementedError(f'asyncio: loop.{what} is not supported by pydive')

    async def create_datagram_endpoint(self, protocol_factory, *args, **kwargs):
        self._unsupported('create_datagram_endpoint (UDP)')

    async def connect_read_pipe(self, protocol_factory, pipe):
        self._unsupported('connect_read_pipe')

    async def connect_write_pipe(self, protocol_factory, pipe):
        self._unsupported('connect_write_pipe')

    async def subprocess_exec(self, protocol_factory, *args, **kwargs):
        self._unsupported('subprocess_exec')

    async def subprocess_shell(self, protocol_factory, cmd, **kwargs):
        self._unsupported('subprocess_shell')

    async def start_tls(self, transport, protocol, sslcontext, **kwargs):
        self._unsupported('start_tls (ssl)')

    async def sendfile(self, transport, file, offset=0, count=None, **kwargs):
        self._unsupported('sendfile')

    async def sock_sendfile(self, sock, file, offset=0, count=None, **kwargs):
        self._unsupported('sock_sendfile')

    def add_signal_handler(self, sig, callback, *args):
        self._unsupported('add_signal_handler')

    def remove_signal_handler(self, sig):
        self._unsupported('remove_signal_handler')

    # -- connections, servers, transports --------------------------------

    async def create_connection(self, protocol_factory, host=None, port=None, *,
                                sock=None, family=0, proto=0, flags=0,
                                local_addr=None, server_hostname=None, ssl=None,
                                **kwds):
        """Connect a TCP socket; return (transport, protocol) once connection_made ran."""
        if ssl is not None:
            raise NotImplementedError('asyncio: ssl is not supported by pydive')
        import socket
        if sock is None:
            if host is None and port is None:
                raise ValueError('host and port was not specified and no sock specified')
            infos = socket.getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM,
                                       proto=proto, flags=flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            exceptions_seen = []
            for fam, type_, pro, _, address in infos:
                sock = socket.socket(family=fam, type=type_, proto=pro)
                sock.setblocking(False)
                try:
                    if local_addr is not None:
                        sock.bind(local_addr)
                    await self.sock_connect(sock, address)
                    break
                except OSError as exc:
                    exceptions_seen.append(OSError(
                        exc.errno, f'error while attempting to connect to {address!r}: '
                                   f'{exc.strerror.lower()}'))
                    sock.close()
                    sock = None
                except BaseException:
                    sock.close()
                    raise
            if sock is None:
                if len(exceptions_seen) == 1:
                    raise exceptions_seen[0]
                model = str(exceptions_seen[0])
                if all(str(exc) == model for exc in exceptions_seen):
                    raise exceptions_seen[0]
                raise OSError('Multiple exceptions: {}'.format(
                    ', '.join(str(exc) for exc in exceptions_seen)))
        else:
            sock.setblocking(False)
        return await self._create_connection_transport(sock, protocol_factory)

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None,
                                     sock=None, server_hostname=None, **kwds):
        """Connect a Unix-domain stream socket to `path`."""
        if ssl is not None:
            raise NotImplementedError('asyncio: ssl is not supported by pydive')
        import socket
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('no path and sock were specified')
            sock.setblocking(False)
        return await self._create_connection_transport(sock, protocol_factory)

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None,
                                 backlog=100, ssl=None, start_serving=True, **kwds):
        """Listen on the Unix-domain socket `path`."""
        if ssl is not None:
            raise NotImplementedError('asyncio: ssl is not supported by pydive')
        import socket
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.bind(path)
            except OSError as exc:
                sock.close()
                if exc.errno == 98:  # EADDRINUSE
                    raise OSError(exc.errno, f'Address {path!r} is already in use') from None
                raise
        elif sock is None:
            raise ValueError('path was not specified, and no sock specified')
        sock.setblocking(False)
        server = Server(self, [sock], protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    async def _create_connection_transport(self, sock, protocol_factory, server=None):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorSocketTransport(self, sock, protocol, waiter, server=server)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=0, flags=None, sock=None, backlog=100,
                            ssl=None, reuse_address=None, reuse_port=None,
                            start_serving=True, **kwds):
        """Listen on host:port; each accepted connection gets protocol_factory()."""
        if ssl is not None:
            raise NotImplementedError('asyncio: ssl is not supported by pydive')
        import socket
        if sock is not None:
            sockets = [sock]
        else:
            if host == '':
                host = None
            hosts = host if isinstance(host, (list, tuple)) else [host]
            if flags is None:
                flags = socket.AI_PASSIVE
            sockets = []
            seen = set()
            for h in hosts:
                for fam, type_, pro, _, address in socket.getaddrinfo(
                        h, port, family=family, type=socket.SOCK_STREAM, flags=flags):
                    if (fam, address) in seen:
                        continue
                    seen.add((fam, address))
                    s = socket.socket(fam, type_, pro)
                    sockets.append(s)
                    if reuse_address is None or reuse_address:
                        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if fam == getattr(socket, 'AF_INET6', None) and hasattr(socket, 'IPPROTO_IPV6'):
                        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                    try:
                        s.bind(address)
                    except OSError as err:
                        for opened in sockets:
                            opened.close()
                        raise OSError(err.errno, f'error while attempting to bind on '
                                                 f'address {address!r}: '
                                                 f'{err.strerror.lower()}') from None
        for s in sockets:
            s.setblocking(False)
        server = Server(self, sockets, protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            # One loop iteration so that the add_reader calls have gone through.
            await tasks.sleep(0)
        return server

    def _start_serving(self, protocol_factory, sock, server, backlog=100):
        self._add_reader(sock.fileno(), self._accept_connection,
                         protocol_factory, sock, server, backlog)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()

    def _accept_connection(self, protocol_factory, sock, server, backlog=100):
        # Accept up to `backlog` pending connections in one go.
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                self.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                    'socket': sock,
                })
                return
            coro = self._accept_connection2(protocol_factory, conn, server)
            self.create_task(coro)

    async def _accept_connection2(self, protocol_factory, conn, server):
        protocol = None
        transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = _SelectorSocketTransport(self, conn, protocol, waiter, server=server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._debug:
                self.call_exception_handler({
                    'message': 'Error on transport creation for incoming connection',
                    'exception': exc,
                })


_MAX_READ = 256 * 1024


class _SelectorSocketTransport(transports.Transport):
    """A connected socket as a transport: reads go to protocol.data_received()."""

    __slots__ = ('_loop', '_sock', '_sock_fd', '_protocol', '_protocol_connected',
                 '_server', '_buffer', '_conn_lost', '_closing', '_eof', '_paused',
                 '__weakref__')

    def __init__(self, loop, sock, protocol, waiter=None, server=None):
        super().__init__()
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._protocol_connected = True
        self._server = server
        self._buffer = []
        self._conn_lost = 0
        self._closing = False
        self._eof = False
        self._paused = False
        self._extra['socket'] = sock
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        try:
            self._extra['peername'] = sock.getpeername()
        except OSError:
            self._extra['peername'] = None
        if server is not None:
            server._attach()
        loop._transports[self._sock_fd] = self
        # As in CPython: connection_made, then start reading, then wake the creator.
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        return '<{}>'.format(' '.join(info))

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)

    def _add_reader(self, fd, callback):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(_MAX_READ)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_ready_on_eof()
            return
        self._protocol.data_received(data)

    def _read_ready_on_eof(self):
        keep_open = self._protocol.eof_received()
        if keep_open:
            # The protocol may still write; we just stop reading.
            self._loop._remove_reader(self._sock_fd)
        else:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            data = bytes(data[n:])
            if not data:
                return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer.append(bytes(data))

    def writelines(self, list_of_data):
        for data in list_of_data:
            self.write(data)

    def _write_ready(self):
        if self._conn_lost:
            return
        data = b''.join(self._buffer)
        try:
            n = self._sock.send(data)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        rest = data[n:]
        self._buffer = [rest] if rest else []
        if not rest:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                import socket
                self._sock.shutdown(socket.SHUT_WR)

    def get_write_buffer_size(self):
        return sum(len(b) for b in self._buffer)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            import socket
            self._sock.shutdown(socket.SHUT_WR)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._loop._transports.pop(self._sock_fd, None)
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


class Server(events.AbstractServer):
    """A listening server made by loop.create_server() / asyncio.start_server()."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        assert self._sockets is not None
        self._active_count += 1

    def _detach(self):
        assert self._active_count > 0
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if (self._serving_forever_fut is not None and
                not self._serving_forever_fut.done()):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # Returns once the server is closed *and* its connections are gone
        # (_wakeup sets _waiters to None when both hold).
        if self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter
