# The Python half of pydive's native `socket` module (crates/vm/src/modules/socket.rs runs
# this in the module's namespace, where the `_`-prefixed syscall functions already are).
# A socket is a descriptor number; blocking mode is the kernel's O_NONBLOCK flag.

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


class socket:
    __module__ = 'socket'

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if fileno is None:
            fileno = _socket(family, type, proto)
        self._fd = fileno
        self.family = family
        self.type = type & 0xf
        self.proto = proto
        self._timeout = None
        if type & SOCK_NONBLOCK:
            self.setblocking(False)

    def __repr__(self):
        closed = self._fd < 0
        s = f'<socket.socket{" [closed]" if closed else ""} fd={self._fd}, ' \
            f'family={self.family}, type={self.type}, proto={self.proto}'
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += f', laddr={laddr!r}'
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += f', raddr={raddr!r}'
            except OSError:
                pass
        return s + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        return self._fd

    def close(self):
        if self._fd >= 0:
            _close(self._fd)
            self._fd = -1

    def detach(self):
        fd = self._fd
        self._fd = -1
        return fd

    def setblocking(self, flag):
        _setblocking(self._fd, bool(flag))
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value):
        if value is None:
            self.setblocking(True)
        elif value == 0:
            self.setblocking(False)
        else:
            raise NotImplementedError('pydive sockets: timeouts other than None and 0')

    def gettimeout(self):
        return self._timeout

    def bind(self, address):
        _bind(self._fd, self.family, address)

    def listen(self, backlog=128):
        _listen(self._fd, backlog)

    def accept(self):
        fd, addr = _accept(self._fd)
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if self._timeout is None:
            _setblocking(fd, True)
        return sock, addr

    def connect(self, address):
        err = _connect(self._fd, self.family, address)
        if err:
            raise _oserror(err)

    def connect_ex(self, address):
        return _connect(self._fd, self.family, address)

    def send(self, data, flags=0):
        if isinstance(data, memoryview):
            data = bytes(data)  # the native _send takes bytes and bytearray
        return _send(self._fd, data)

    def sendall(self, data, flags=0):
        data = bytes(data)
        while data:
            n = _send(self._fd, data)
            data = data[n:]

    def recv(self, bufsize, flags=0):
        return _recv(self._fd, bufsize)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes <= 0:
            nbytes = len(buffer)
        data = _recv(self._fd, nbytes)
        n = len(data)
        buffer[:n] = data
        return n

    def getsockname(self):
        return _getsockname(self._fd)

    def getpeername(self):
        return _getpeername(self._fd)

    def setsockopt(self, level, option, value, optlen=None):
        _setsockopt(self._fd, level, option, int(value))

    def getsockopt(self, level, option, buflen=None):
        return _getsockopt(self._fd, level, option)

    def shutdown(self, how):
        _shutdown(self._fd, how)


SocketType = socket


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socketpair(family, type)
    return socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    return _getaddrinfo(host, port, family, type, proto, flags)


def getnameinfo(sockaddr, flags):
    host, port = sockaddr[0], sockaddr[1]
    return str(host), str(port)


def gethostname():
    return 'localhost'


def create_connection(address, timeout=None, source_address=None):
    host, port = address
    err = None
    for family, type_, proto, _, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = socket(family, type_, proto)
        try:
            sock.connect(sa)
            return sock
        except OSError as e:
            err = e
            sock.close()
    raise err


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128 if backlog is None else backlog)
    except BaseException:
        sock.close()
        raise
    return sock
