"""An event loop whose waiting is done by a selector (epoll) over file descriptors.

CPython 3.12: Lib/asyncio/selector_events.py. A reader or writer is a Handle kept
beside the fd; when the selector reports the fd ready, the Handle joins the ready queue.
"""

__all__ = ('BaseSelectorEventLoop', 'Server')

import collections

from . import _native
from . import base_events
from . import constants
from . import events
from . import exceptions
from . import futures
from . import tasks
from . import transports
from .log import logger


def _fileno(fileobj):
    # An int, or anything with a fileno() method, as selectors accept it.
    if not isinstance(fileobj, int):
        try:
            fileobj = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f'Invalid file object: {fileobj!r}') from None
    if fileobj >= 0:
        return fileobj
    raise ValueError(f'Invalid file descriptor: {fileobj}')

_SLOTS = ((0, _native.EVENT_READ), (1, _native.EVENT_WRITE))


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """Selector event loop: I/O readiness from `_native.new_selector()`."""

    def __init__(self, selector=None):
        super().__init__()
        self._selector = _native.new_selector() if selector is None else selector
        self._transports = {}  # fd -> its transport
        # CPython's message, seen once logging is configured at DEBUG
        logger.debug('Using selector: %s', type(self._selector).__name__)

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        super().close()
        sel, self._selector = self._selector, None
        if sel is not None:
            sel.close()

    def _process_events(self, ready_fds):
        # The selector's data for an fd is the pair (reader, writer) of Handles; a
        # cancelled one is taken off the selector instead of being run.
        for fd, mask, pair in ready_fds:
            for slot, bit in _SLOTS:
                handle = pair[slot]
                if handle is None or not mask & bit:
                    continue
                if handle._cancelled:
                    self._unwatch(fd, slot)
                else:
                    self._add_callback(handle)

    # -- readers and writers ---------------------------------------------
    # Slot 0 of an fd's pair is its reader, slot 1 its writer.

    def _watch(self, fd, slot, callback, args):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        sel = self._selector
        known = sel.get_key(fd)
        mask, pair = known if known is not None else (0, (None, None))
        replaced = pair[slot]
        pair = (handle, pair[1]) if slot == 0 else (pair[0], handle)
        sel.register(fd, mask | _SLOTS[slot][1], pair)
        if replaced is not None:
            replaced.cancel()
        return handle

    def _unwatch(self, fd, slot):
        # True when there was a reader/writer to take away.
        if self.is_closed():
            return False
        sel = self._selector
        known = sel.get_key(fd)
        if known is None:
            return False
        mask, pair = known
        mask &= ~_SLOTS[slot][1]
        old = pair[slot]
        if mask:
            sel.register(fd, mask, (None, pair[1]) if slot == 0 else (pair[0], None))
        else:
            sel.unregister(fd)
        if old is None:
            return False
        old.cancel()
        return True

    def _add_reader(self, fd, callback, *args):
        return self._watch(fd, 0, callback, args)

    def _remove_reader(self, fd):
        return self._unwatch(fd, 0)

    def _add_writer(self, fd, callback, *args):
        return self._watch(fd, 1, callback, args)

    def _remove_writer(self, fd):
        return self._unwatch(fd, 1)

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

    # Every sock_* coroutine has the same shape: try the call at once; if the socket
    # would block, park a future and retry the call each time the selector reports the
    # fd ready (reader or writer), until it gives a value or raises; the future's
    # done-callback takes the fd off the selector again, whoever completed it.

    def _park(self, fd, writing, attempt, *args):
        fut = self.create_future()
        if writing:
            self._add_writer(fd, _retry, fut, attempt, args)
            fut.add_done_callback(lambda _: self._remove_writer(fd))
        else:
            self._add_reader(fd, _retry, fut, attempt, args)
            fut.add_done_callback(lambda _: self._remove_reader(fd))
        return fut

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from a non-blocking socket."""
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            return await self._park(sock.fileno(), False, sock.recv, n)

    async def sock_recv_into(self, sock, buf):
        """Receive into `buf` from a non-blocking socket; return the byte count."""
        try:
            return sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            return await self._park(sock.fileno(), False, sock.recv_into, buf)

    async def sock_recvfrom(self, sock, bufsize):
        """Receive a datagram of up to bufsize bytes: (data, address)."""
        try:
            return sock.recvfrom(bufsize)
        except (BlockingIOError, InterruptedError):
            return await self._park(sock.fileno(), False, sock.recvfrom, bufsize)

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        """Receive a datagram into `buf`: (byte count, address)."""
        nbytes = nbytes or len(buf)
        try:
            return sock.recvfrom_into(buf, nbytes)
        except (BlockingIOError, InterruptedError):
            return await self._park(sock.fileno(), False, sock.recvfrom_into, buf, nbytes)

    async def sock_sendto(self, sock, data, address):
        """Send a datagram to `address`; the byte count."""
        try:
            return sock.sendto(data, address)
        except (BlockingIOError, InterruptedError):
            return await self._park(sock.fileno(), True, sock.sendto, data, address)

    async def sock_sendall(self, sock, data):
        """Send all of `data` on a non-blocking socket."""
        try:
            sent = sock.send(data)
        except (BlockingIOError, InterruptedError):
            sent = 0
        if sent == len(data):
            return
        rest = _Unsent(sock, memoryview(data), sent)
        return await self._park(sock.fileno(), True, rest.send_more)

    async def sock_connect(self, sock, address):
        """Connect a non-blocking socket to `address`."""
        try:
            sock.connect(address)
        except (BlockingIOError, InterruptedError):
            # In progress: writable means settled, SO_ERROR tells how.
            await self._park(sock.fileno(), True, _connect_outcome, sock, address)

    async def sock_accept(self, sock):
        """Accept a connection: (conn, address), conn non-blocking."""
        try:
            return _accept_nonblocking(sock)
        except (BlockingIOError, InterruptedError):
            return await self._park(sock.fileno(), False, _accept_nonblocking, sock)

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

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                       remote_addr=None, *, family=0, proto=0, flags=0,
                                       reuse_port=None, allow_broadcast=None, sock=None):
        """A UDP (or Unix datagram) socket as a transport: (transport, protocol)."""
        import socket
        if sock is not None:
            if sock.type != socket.SOCK_DGRAM:
                raise ValueError(f'A UDP Socket was expected, got {sock!r}')
            opts = dict(local_addr=local_addr, remote_addr=remote_addr, family=family,
                        proto=proto, flags=flags, reuse_port=reuse_port,
                        allow_broadcast=allow_broadcast)
            problems = ', '.join(f'{k}={v}' for k, v in opts.items() if v)
            if problems:
                raise ValueError(f'socket modifier keyword arguments can not be used '
                                 f'when sock is specified. ({problems})')
            sock.setblocking(False)
            r_addr = None
        else:
            if not (local_addr or remote_addr):
                if family == 0:
                    raise ValueError('unexpected address family')
                pairs = (((family, proto), (None, None)),)
            elif family == socket.AF_UNIX:
                for addr in (local_addr, remote_addr):
                    if addr is not None and not isinstance(addr, str):
                        raise TypeError('string is expected')
                pairs = (((family, proto), (local_addr, remote_addr)),)
            else:
                # the addresses of each (family, proto), local and remote, in lookup order
                by_key = {}
                for idx, addr in ((0, local_addr), (1, remote_addr)):
                    if addr is None:
                        continue
                    if not (isinstance(addr, tuple) and len(addr) == 2):
                        raise TypeError('2-tuple is expected')
                    infos = socket.getaddrinfo(addr[0], addr[1], family=family,
                                               type=socket.SOCK_DGRAM, proto=proto,
                                               flags=flags)
                    if not infos:
                        raise OSError('getaddrinfo() returned empty list')
                    for fam, _, pro, _, address in infos:
                        by_key.setdefault((fam, pro), [None, None])[idx] = address
                pairs = [(key, pair) for key, pair in by_key.items()
                         if not ((local_addr and pair[0] is None) or
                                 (remote_addr and pair[1] is None))]
                if not pairs:
                    raise ValueError('can not get address information')
            failures = []
            for (fam, pro), (local_address, remote_address) in pairs:
                sock = None
                r_addr = None
                try:
                    sock = socket.socket(family=fam, type=socket.SOCK_DGRAM, proto=pro)
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if allow_broadcast:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                    sock.setblocking(False)
                    if local_addr:
                        sock.bind(local_address)
                    if remote_addr:
                        if not allow_broadcast:
                            await self.sock_connect(sock, remote_address)
                        r_addr = remote_address
                except OSError as exc:
                    if sock is not None:
                        sock.close()
                    failures.append(exc)
                except:
                    if sock is not None:
                        sock.close()
                    raise
                else:
                    break
            else:
                raise failures[0]
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorDatagramTransport(self, sock, protocol, r_addr, waiter)
        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol

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

    # -- sendfile: CPython's fallback path (read the file, write it out), always --------

    def _check_sendfile_params(self, sock, file, offset, count):
        import socket
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not sock.type == socket.SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(f"count must be a positive integer (got {count!r})")
            if count <= 0:
                raise ValueError(f"count must be a positive integer (got {count!r})")
        if not isinstance(offset, int):
            raise TypeError(f"offset must be a non-negative integer (got {offset!r})")
        if offset < 0:
            raise ValueError(f"offset must be a non-negative integer (got {offset!r})")

    def _sendfile_chunks(self, file, offset, count):
        # (bytes read, chunk) pairs of the file from offset, count bytes at most
        if offset:
            file.seek(offset)
        size = constants.SENDFILE_FALLBACK_READBUFFER_SIZE
        if count:
            size = min(count, size)
        total = 0
        while True:
            want = size if not count else min(count - total, size)
            if want <= 0:
                return
            chunk = file.read(want)
            if not chunk:
                return
            total += len(chunk)
            yield chunk

    async def sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=True):
        """Send a file over a non-blocking stream socket; the number of bytes sent."""
        if self._debug and sock.gettimeout() != 0:
            raise ValueError("the socket must be non-blocking")
        self._check_sendfile_params(sock, file, offset, count)
        total = 0
        try:
            for chunk in self._sendfile_chunks(file, offset, count):
                await self.sock_sendall(sock, chunk)
                total += len(chunk)
            return total
        finally:
            if total > 0 and hasattr(file, 'seek'):
                file.seek(offset + total)

    async def sendfile(self, transport, file, offset=0, count=None, *, fallback=True):
        """Send a file through a transport; the number of bytes sent."""
        if transport.is_closing():
            raise RuntimeError("Transport is closing")
        if not isinstance(transport, _SelectorSocketTransport):
            raise RuntimeError(f"sendfile is not supported for transport {transport!r}")
        self._check_sendfile_params(transport.get_extra_info('socket'), file, offset, count)
        total = 0
        try:
            for chunk in self._sendfile_chunks(file, offset, count):
                transport.write(chunk)
                total += len(chunk)
                # the fallback waits for the transport to take each chunk
                while transport.get_write_buffer_size() and not transport.is_closing():
                    await tasks.sleep(0)
            return total
        finally:
            if total > 0 and hasattr(file, 'seek'):
                file.seek(offset + total)

    async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                      ssl_handshake_timeout=None,
                                      ssl_shutdown_timeout=None):
        """A transport for an already connected stream socket (accepted elsewhere)."""
        import socket
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        if ssl_handshake_timeout is not None and not ssl:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None and not ssl:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
        if ssl is not None:
            raise NotImplementedError('asyncio: ssl is not supported by pydive')
        sock.setblocking(False)
        return await self._create_connection_transport(sock, protocol_factory)

    def add_signal_handler(self, sig, callback, *args):
        self._unsupported('add_signal_handler')

    def remove_signal_handler(self, sig):
        self._unsupported('remove_signal_handler')

    # -- connections, servers, transports --------------------------------

    async def create_connection(self, protocol_factory, host=None, port=None, *,
                                sock=None, family=0, proto=0, flags=0,
                                local_addr=None, server_hostname=None, ssl=None,
                                all_errors=False, **kwds):
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
                        try:
                            sock.bind(local_addr)
                        except OSError as exc:
                            raise OSError(exc.errno, f'error while attempting to bind on '
                                                     f'address {local_addr!r}: '
                                                     f'{exc.strerror.lower()}') from None
                    await self.sock_connect(sock, address)
                    break
                except OSError as exc:
                    # CPython 3.12 keeps sock_connect's own error ('Connect call failed')
                    exceptions_seen.append(exc)
                    sock.close()
                    sock = None
                except BaseException:
                    sock.close()
                    raise
            if sock is None:
                if all_errors:
                    raise ExceptionGroup("create_connection failed", exceptions_seen)
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


class _SelectorTransportBase:
    """What the socket and datagram transports share: their extra info, their protocol,
    and how they close (at once, or once the write buffer has drained)."""

    __slots__ = ()

    def _note_socket(self, sock):
        self._extra['socket'] = sock
        for key, get in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            try:
                self._extra[key] = get()
            except OSError:
                self._extra[key] = None

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._unwatch(self._fd, 0)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._unwatch(self._fd, 1)
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

    def _drop_buffer(self):
        self._buffer.clear()

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._drop_buffer()
            self._loop._unwatch(self._fd, 1)
        if not self._closing:
            self._closing = True
            self._loop._unwatch(self._fd, 0)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._loop._transports.pop(self._fd, None)
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None


class _SelectorSocketTransport(_SelectorTransportBase, transports.Transport):
    """A connected socket as a transport: reads go to protocol.data_received()."""

    __slots__ = ('_loop', '_sock', '_fd', '_protocol', '_protocol_connected',
                 '_server', '_buffer', '_conn_lost', '_closing', '_eof', '_paused',
                 '__weakref__')

    def __init__(self, loop, sock, protocol, waiter=None, server=None):
        super().__init__()
        self._loop = loop
        self._sock = sock
        self._fd = sock.fileno()
        self._protocol = protocol
        self._protocol_connected = True
        self._server = server
        self._buffer = []
        self._conn_lost = 0
        self._closing = False
        self._eof = False
        self._paused = False
        self._note_socket(sock)
        if server is not None:
            server._attach()
        loop._transports[self._fd] = self
        # As in CPython: connection_made, then start reading, then wake the creator.
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._fd, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fd}')
        return '<{}>'.format(' '.join(info))

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._unwatch(self._fd, 0)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._fd, self._read_ready)

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
            self._loop._unwatch(self._fd, 0)
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
        if self._buffer:
            # Already waiting for the socket: keep the order, queue behind.
            self._buffer.append(bytes(data))
            return
        sent = self._try_send(data, False)
        if sent is None or sent == len(data):
            return
        self._loop._add_writer(self._fd, self._write_ready)
        self._buffer.append(bytes(data[sent:]))

    def _try_send(self, data, writer_set):
        # Bytes the socket took (0 if it would block), or None after a fatal error.
        try:
            return self._sock.send(data)
        except (BlockingIOError, InterruptedError):
            return 0
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if writer_set:
                self._loop._unwatch(self._fd, 1)
                self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return None

    def writelines(self, list_of_data):
        for data in list_of_data:
            self.write(data)

    def _write_ready(self):
        if self._conn_lost:
            return
        pending = b''.join(self._buffer)
        sent = self._try_send(pending, True)
        if sent is None:
            return
        rest = pending[sent:]
        self._buffer = [rest] if rest else []
        if not rest:
            self._loop._unwatch(self._fd, 1)
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


class _SelectorDatagramTransport(_SelectorTransportBase, transports.DatagramTransport):
    """A datagram socket: each recvfrom() is one protocol.datagram_received(data, addr);
    sendto() sends at once, or queues (data, addr) pairs while the socket is full."""

    def __init__(self, loop, sock, protocol, address=None, waiter=None):
        super().__init__()
        self._loop = loop
        self._sock = sock
        self._fd = sock.fileno()
        self._protocol = protocol
        self._protocol_connected = True
        self._server = None
        self._address = address  # the connected peer, when remote_addr was given
        self._buffer = collections.deque()
        self._buffer_size = 0
        self._conn_lost = 0
        self._closing = False
        self._paused_writing = False
        self._note_socket(sock)
        loop._transports[self._fd] = self
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [type(self).__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fd}')
        return '<{}>'.format(' '.join(info))

    def _add_reader(self):
        if not self._closing:
            self._loop._add_reader(self._fd, self._read_ready)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(_MAX_READ)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            if self._conn_lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop._add_writer(self._fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data) + 8  # CPython counts 8 bytes for the address
        if not self._paused_writing and self._buffer_size > 64 * 1024:
            self._paused_writing = True
            self._protocol.pause_writing()

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            self._buffer_size -= len(data) + 8
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except (BlockingIOError, InterruptedError):
                self._buffer.appendleft((data, addr))
                self._buffer_size += len(data) + 8
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        if self._paused_writing and self._buffer_size <= 16 * 1024:
            self._paused_writing = False
            self._protocol.resume_writing()
        if not self._buffer:
            self._loop._unwatch(self._fd, 1)
            if self._closing:
                self._call_connection_lost(None)

    def _drop_buffer(self):
        self._buffer.clear()
        self._buffer_size = 0


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


def _retry(fut, attempt, args):
    # Reader/writer callback of a parked sock_* call: one more try.
    if fut.done():
        return
    try:
        value = attempt(*args)
    except (BlockingIOError, InterruptedError):
        return  # a spurious wake-up: still waiting
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(value)


class _Unsent:
    # What sock_sendall still has to send; send_more raises BlockingIOError until done.
    __slots__ = ('sock', 'view', 'pos')

    def __init__(self, sock, view, pos):
        self.sock, self.view, self.pos = sock, view, pos

    def send_more(self):
        self.pos += self.sock.send(self.view[self.pos:])
        if self.pos < len(self.view):
            raise BlockingIOError


def _connect_outcome(sock, address):
    import socket
    err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if err:
        raise OSError(err, f'Connect call failed {address}')


def _accept_nonblocking(sock):
    conn, address = sock.accept()
    conn.setblocking(False)
    return conn, address
