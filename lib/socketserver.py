"""Generic socket servers (pydive's socketserver).

A server owns a listening socket and, for each connection it accepts, makes an instance of
its request handler class, whose constructor does the whole exchange (setup, handle,
finish). Mixins choose how requests run: one after another (the default), each in a thread
(ThreadingMixIn) or each in a forked child (ForkingMixIn).

pydive has no datagram calls on its sockets (recvfrom/sendto): the UDP servers raise
NotImplementedError when made.
"""

import os
import sys
import socket
import selectors
import threading
from io import BufferedIOBase
from time import monotonic as _now

__all__ = ["BaseServer", "TCPServer", "UDPServer", "ThreadingUDPServer", "ThreadingTCPServer",
           "BaseRequestHandler", "StreamRequestHandler", "DatagramRequestHandler",
           "ThreadingMixIn", "ForkingMixIn", "ForkingTCPServer", "ForkingUDPServer",
           "UnixStreamServer", "UnixDatagramServer", "ThreadingUnixStreamServer",
           "ThreadingUnixDatagramServer", "ForkingUnixStreamServer",
           "ForkingUnixDatagramServer"]

# a server waits for connections with this selector (CPython prefers poll() as well)
_ServerSelector = getattr(selectors, "PollSelector", selectors.DefaultSelector)


class BaseServer:
    """What every server does, whatever its socket: the serve_forever() loop, shutdown(),
    handle_request(), and the hooks a request goes through (verify_request,
    process_request, finish_request, shutdown_request, close_request, handle_error)."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address, self.RequestHandlerClass = server_address, RequestHandlerClass
        self.__stopped = threading.Event()
        self.__stop_asked = False

    # -- the loops ------------------------------------------------------------------------

    def serve_forever(self, poll_interval=0.5):
        """Serve requests one at a time until shutdown() is called (from another thread);
        the stop request is looked at every poll_interval seconds."""
        self.__stopped.clear()
        try:
            with _ServerSelector() as sel:
                sel.register(self, selectors.EVENT_READ)
                while not self.__stop_asked:
                    events = sel.select(poll_interval)
                    if self.__stop_asked:
                        break
                    if events:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self.__stop_asked = False
            self.__stopped.set()

    def shutdown(self):
        """Ask serve_forever() to stop and wait until it has."""
        self.__stop_asked = True
        self.__stopped.wait()

    def service_actions(self):
        """Called on every turn of serve_forever()'s loop."""

    def handle_request(self):
        """Wait for one request (at most self.timeout or the socket's timeout) and serve
        it; handle_timeout() runs if none came."""
        limits = [t for t in (self.socket.gettimeout(), self.timeout) if t is not None]
        wait = min(limits) if limits else None
        deadline = None if wait is None else _now() + wait
        with _ServerSelector() as sel:
            sel.register(self, selectors.EVENT_READ)
            while not sel.select(wait):
                if deadline is not None:
                    wait = deadline - _now()
                    if wait < 0:
                        return self.handle_timeout()
            return self._handle_request_noblock()

    def _handle_request_noblock(self):
        # the listening socket is readable: get_request() will not block
        try:
            conn, peer = self.get_request()
        except OSError:
            return
        if not self.verify_request(conn, peer):
            self.shutdown_request(conn)
            return
        try:
            self.process_request(conn, peer)
        except Exception:
            self.handle_error(conn, peer)
            self.shutdown_request(conn)
        except BaseException:
            self.shutdown_request(conn)
            raise

    # -- hooks ----------------------------------------------------------------------------

    def server_activate(self):
        """Called by the constructor once the socket is bound."""

    def handle_timeout(self):
        """Called by handle_request() when no request came in time."""

    def verify_request(self, request, client_address):
        """Whether to serve this request (True by default)."""
        return True

    def process_request(self, request, client_address):
        """Serve the request now (the mixins run it elsewhere)."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def finish_request(self, request, client_address):
        """Make the handler, whose constructor serves the request."""
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        """Clean up after one request."""

    def server_close(self):
        """Release the server's resources."""

    def handle_error(self, request, client_address):
        """Report an exception raised by a handler on stderr, between two dashed lines, and
        go on serving."""
        rule = "-" * 40
        print(rule, file=sys.stderr)
        print("Exception occurred during processing of request from", client_address,
              file=sys.stderr)
        import traceback
        traceback.print_exc()
        print(rule, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a stream socket (TCP by default): the constructor binds it to
    server_address and listens unless bind_and_activate is false."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        try:
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()
            raise

    def server_bind(self):
        """Bind the socket (after the reuse options asked for); server_address becomes
        the address really bound (port 0 gets its port)."""
        for wanted, option in ((self.allow_reuse_address, "SO_REUSEADDR"),
                               (self.allow_reuse_port, "SO_REUSEPORT")):
            if wanted and hasattr(socket, option):
                self.socket.setsockopt(socket.SOL_SOCKET, getattr(socket, option), 1)
        sock = self.socket
        sock.bind(self.server_address)
        self.server_address = sock.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        # tell the peer we are done writing, then close (ENOTCONN is possible here)
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A datagram server: not supported by pydive (its sockets have no recvfrom/sendto)."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("socketserver.UDPServer: datagram sockets are not "
                                  "supported by pydive")

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


class ForkingMixIn:
    """Serve each request in a forked child process; the parent reaps its children."""

    timeout = 300
    active_children = None
    max_children = 40
    block_on_close = True

    def collect_children(self, *, blocking=False):
        """Reap the children that ended (all of them when blocking); wait for one while
        there are max_children or more."""
        kids = self.active_children
        if kids is None:
            return
        while len(kids) >= self.max_children:
            try:
                pid, _ = os.waitpid(-1, 0)
            except ChildProcessError:
                kids.clear()
            except OSError:
                break
            else:
                kids.discard(pid)
        for pid in list(kids):
            try:
                done, _ = os.waitpid(pid, 0 if blocking else os.WNOHANG)
            except ChildProcessError:
                kids.discard(pid)
            except OSError:
                pass
            else:
                kids.discard(done)

    def handle_timeout(self):
        self.collect_children()

    def service_actions(self):
        self.collect_children()

    def process_request(self, request, client_address):
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                self.finish_request(request, client_address)
                code = 0
            except Exception:
                self.handle_error(request, client_address)
            finally:
                try:
                    self.shutdown_request(request)
                finally:
                    os._exit(code)
        if self.active_children is None:
            self.active_children = set()
        self.active_children.add(pid)
        self.close_request(request)

    def server_close(self):
        super().server_close()
        self.collect_children(blocking=self.block_on_close)


class _Threads(list):
    """The request threads server_close() must join (daemon ones are not kept)."""

    def append(self, thread):
        self[:] = [t for t in self if t.is_alive()]
        if not thread.daemon:
            list.append(self, thread)

    def join(self):
        pending = self[:]
        del self[:]
        for t in pending:
            t.join()


class _NoThreads:
    """Stands for _Threads when the server does not wait for its threads."""

    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    """Serve each request in a new thread; server_close() joins them (unless
    block_on_close is false or they are daemon threads)."""

    daemon_threads = False
    block_on_close = True
    _threads = _NoThreads()

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close and "_threads" not in vars(self):
            self._threads = _Threads()
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        self._threads.append(worker)
        worker.start()

    def server_close(self):
        super().server_close()
        self._threads.join()


class ForkingUDPServer(ForkingMixIn, UDPServer):
    pass


class ForkingTCPServer(ForkingMixIn, TCPServer):
    pass


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class UnixStreamServer(TCPServer):
    address_family = socket.AF_UNIX


class UnixDatagramServer(UDPServer):
    address_family = socket.AF_UNIX


class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
    pass


class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
    pass


class ForkingUnixStreamServer(ForkingMixIn, UnixStreamServer):
    pass


class ForkingUnixDatagramServer(ForkingMixIn, UnixDatagramServer):
    pass


class BaseRequestHandler:
    """One instance per request: the constructor keeps request, client_address and server
    as attributes and runs setup(), handle() and (always) finish()."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class _SocketWriter(BufferedIOBase):
    """A write-only file over a socket that sends each write at once (nothing to flush)."""

    def __init__(self, sock):
        self._sock = sock

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)
        return memoryview(b).nbytes

    def fileno(self):
        return self._sock.fileno()


class StreamRequestHandler(BaseRequestHandler):
    """A handler for stream sockets with file objects on the connection: rfile to read,
    wfile to write (unbuffered unless wbufsize is set)."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        conn = self.connection = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile("rb", self.rbufsize)
        if self.wbufsize:
            self.wfile = conn.makefile("wb", self.wbufsize)
        else:
            self.wfile = _SocketWriter(conn)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                pass
        self.wfile.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for datagram servers (which pydive does not support)."""

    def setup(self):
        from io import BytesIO
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
