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
        self.family = _intenum_converter(family, AddressFamily)
        self.type = _intenum_converter(type & 0xf, SocketKind)
        self.proto = proto
        self._timeout = None
        self._io_refs = 0  # open makefile() files: close() waits for them
        self._closed = False
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
        self._closed = True
        if self._io_refs <= 0 and self._fd >= 0:
            _close(self._fd)
            self._fd = -1

    def _wait(self, write):
        """Wait until the socket is ready (other green threads run meanwhile): forever
        when blocking, at most the timeout otherwise (TimeoutError); at once when
        non-blocking."""
        limit = self._timeout
        if limit == 0.0:
            return
        import select
        import time
        fds = [self._fd]
        deadline = None if limit is None else time.monotonic() + limit
        while True:
            # select() may return early with nothing ready (when another green thread's
            # sleep ends): wait again until the deadline
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            r, w, _ = select.select([] if write else fds, fds if write else [], [], left)
            if r or w:
                return
            if left == 0.0:
                raise TimeoutError('timed out')

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None,
                 newline=None):
        """A file object reading and/or writing this socket ('r', 'w', 'b' in mode);
        the socket stays open until it and its files are all closed."""
        import io
        if not set(mode) <= {'r', 'w', 'b'}:
            raise ValueError('invalid mode %r (only r, w, b allowed)' % (mode,))
        reading = 'r' in mode
        writing = 'w' in mode or not reading
        if buffering is None or buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0 and 'b' not in mode:
            raise ValueError('unbuffered streams must be binary')
        raw = SocketIO(self, ('r' if reading else '') + ('w' if writing else ''))
        self._io_refs += 1
        if buffering == 0:
            return raw
        buf = _BufferedSocketFile(raw, buffering)
        if 'b' in mode:
            return buf
        text = _TextSocketFile(buf, encoding, errors, newline)
        text.mode = mode
        return text

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
            return
        value = float(value)
        if value < 0:
            raise ValueError('Timeout value out of range')
        # with a timeout the descriptor is non-blocking: _wait() does the waiting
        _setblocking(self._fd, False)
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def bind(self, address):
        _bind(self._fd, self.family, address)

    def listen(self, backlog=128):
        _listen(self._fd, backlog)

    def accept(self):
        self._wait(False)
        fd, addr = _accept(self._fd)
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if self._timeout is None:
            _setblocking(fd, True)
        return sock, addr

    def connect(self, address):
        err = _connect(self._fd, self.family, address)
        if err in (11, 115) and self._timeout:  # EAGAIN, EINPROGRESS
            self._wait(True)
            err = self.getsockopt(SOL_SOCKET, SO_ERROR)
        if err:
            raise _oserror(err)

    def connect_ex(self, address):
        return _connect(self._fd, self.family, address)

    def send(self, data, flags=0):
        if isinstance(data, memoryview):
            data = bytes(data)  # the native _send takes bytes and bytearray
        self._wait(True)
        return _send(self._fd, data)

    def sendall(self, data, flags=0):
        data = bytes(data)
        while data:
            self._wait(True)
            n = _send(self._fd, data)
            data = data[n:]

    def recv(self, bufsize, flags=0):
        self._wait(False)
        return _recv(self._fd, bufsize)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes <= 0:
            nbytes = len(buffer)
        self._wait(False)
        data = _recv(self._fd, nbytes)
        n = len(data)
        buffer[:n] = data
        return n

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            address, flags = flags_or_address, 0
        else:
            flags = flags_or_address
        if isinstance(data, memoryview):
            data = bytes(data)
        self._wait(True)
        return _sendto(self._fd, self.family, data, address)

    def recvfrom(self, bufsize, flags=0):
        self._wait(False)
        return _recvfrom(self._fd, bufsize)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        if nbytes <= 0:
            nbytes = len(buffer)
        self._wait(False)
        data, address = _recvfrom(self._fd, nbytes)
        buffer[:len(data)] = data
        return len(data), address

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


def _socketio_class():
    import io

    class SocketIO(io.RawIOBase):
        """The raw file of socket.makefile(): reads are recv() calls, writes send()."""

        def __init__(self, sock, mode):
            io.RawIOBase.__init__(self)
            self._sock = sock
            self._mode = mode
            self._timed_out = False

        def readinto(self, b):
            self._checkClosed()
            if 'r' not in self._mode:
                raise io.UnsupportedOperation('File not open for reading')
            if self._timed_out:
                raise OSError('cannot read from timed out object')
            try:
                return self._sock.recv_into(b)
            except TimeoutError:
                self._timed_out = True
                raise
            except BlockingIOError:
                return None

        def read(self, size=-1):
            if size is None or size < 0:
                return self.readall()
            buf = bytearray(size)
            n = self.readinto(buf)
            return None if n is None else bytes(buf[:n])

        def readall(self):
            parts = []
            while True:
                data = self.read(io.DEFAULT_BUFFER_SIZE)
                if not data:
                    return b''.join(parts) if parts or data is not None else data
                parts.append(data)

        def write(self, b):
            self._checkClosed()
            if 'w' not in self._mode:
                raise io.UnsupportedOperation('File not open for writing')
            try:
                return self._sock.send(b)
            except BlockingIOError:
                return None

        def readable(self):
            self._checkClosed()
            return 'r' in self._mode

        def writable(self):
            self._checkClosed()
            return 'w' in self._mode

        def seekable(self):
            self._checkClosed()
            return False

        def fileno(self):
            self._checkClosed()
            return self._sock.fileno()

        @property
        def name(self):
            return -1 if self.closed else self.fileno()

        @property
        def mode(self):
            return self._mode + 'b'

        def close(self):
            if self.closed:
                return
            io.RawIOBase.close(self)
            sock = self._sock
            sock._io_refs -= 1
            if sock._closed:
                sock.close()
            self._sock = None

    class _BufferedSocketFile(io.BufferedIOBase):
        """The buffered file of socket.makefile() (pydive's native BufferedReader and
        BufferedWriter only wrap descriptors they open): reads fill a buffer from the raw
        SocketIO, writes are kept until the buffer is full or flush()."""

        def __init__(self, raw, size):
            self.raw = raw
            self._size = size
            self._rbuf = b''
            self._wbuf = bytearray()

        @property
        def closed(self):
            return self.raw.closed

        @property
        def mode(self):
            return self.raw.mode

        @property
        def name(self):
            return self.raw.name

        def readable(self):
            return self.raw.readable()

        def writable(self):
            return self.raw.writable()

        def fileno(self):
            return self.raw.fileno()

        def _fill(self):
            """Read once more from the socket; False at the end of the stream."""
            chunk = bytearray(self._size)
            n = self.raw.readinto(chunk)
            if not n:
                return False
            self._rbuf += bytes(chunk[:n])
            return True

        def read(self, size=-1):
            self._checkClosed()
            if size is None or size < 0:
                while self._fill():
                    pass
                data, self._rbuf = self._rbuf, b''
                return data
            while len(self._rbuf) < size and self._fill():
                pass
            data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
            return data

        def read1(self, size=-1):
            self._checkClosed()
            if not self._rbuf:
                self._fill()
            if size is None or size < 0:
                size = len(self._rbuf)
            data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
            return data

        def peek(self, size=0):
            self._checkClosed()
            if not self._rbuf:
                self._fill()
            return self._rbuf

        def readinto(self, b):
            data = self.read(len(b))
            b[:len(data)] = data
            return len(data)

        def readline(self, size=-1):
            self._checkClosed()
            if size is None:
                size = -1
            while True:
                end = self._rbuf.find(b'\n') + 1
                if end or (0 <= size <= len(self._rbuf)) or not self._fill():
                    break
            if not end:
                end = len(self._rbuf)
            if 0 <= size < end:
                end = size
            line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
            return line

        def write(self, b):
            self._checkClosed()
            if not self.raw.writable():
                raise io.UnsupportedOperation('write')
            data = bytes(b)
            self._wbuf += data
            if len(self._wbuf) >= self._size:
                self.flush()
            return len(data)

        def flush(self):
            self._checkClosed()
            while self._wbuf:
                n = self.raw.write(bytes(self._wbuf))
                if n:
                    del self._wbuf[:n]

        def close(self):
            if self.raw.closed:
                return
            try:
                if self._wbuf:
                    self.flush()
            finally:
                self.raw.close()

        def detach(self):
            raw, self.raw = self.raw, None
            return raw

    class _TextSocketFile(io.TextIOBase):
        """The text file of socket.makefile() (lib's TextIOWrapper reads its buffer to the
        end at once, which a socket cannot do): lines are read from the buffered file and
        decoded one at a time."""

        def __init__(self, buffer, encoding=None, errors=None, newline=None):
            import codecs
            self.buffer = buffer
            self.encoding = encoding or 'utf-8'
            self.errors = errors or 'strict'
            self._newline = newline
            self._decoder = codecs.getincrementaldecoder(self.encoding)(self.errors)

        @property
        def closed(self):
            return self.buffer.closed

        @property
        def name(self):
            return self.buffer.name

        def readable(self):
            return self.buffer.readable()

        def writable(self):
            return self.buffer.writable()

        def fileno(self):
            return self.buffer.fileno()

        def _translate(self, text):
            if self._newline is None:
                return text.replace('\r\n', '\n').replace('\r', '\n')
            return text

        def readline(self, size=-1):
            self._checkClosed()
            parts = []
            while True:
                raw = self.buffer.readline()
                chunk = self._decoder.decode(raw, final=not raw)
                parts.append(chunk)
                if not raw or chunk.endswith(('\n', '\r')):
                    break
            line = self._translate(''.join(parts))
            if size is not None and 0 <= size < len(line):
                raise NotImplementedError('socket text file (pydive): readline(size)')
            return line

        def read(self, size=-1):
            self._checkClosed()
            if size is None or size < 0:
                data = self.buffer.read()
                return self._translate(self._decoder.decode(data, final=True))
            out = ''
            while len(out) < size:
                byte = self.buffer.read(1)
                out += self._decoder.decode(byte, final=not byte)
                if not byte:
                    break
            return self._translate(out)

        def write(self, s):
            self._checkClosed()
            if not isinstance(s, str):
                raise TypeError('write() argument must be str, not %s' % type(s).__name__)
            text = s if self._newline in (None, '', '\n') else s.replace('\n', self._newline)
            self.buffer.write(text.encode(self.encoding, self.errors))
            return len(s)

        def flush(self):
            self.buffer.flush()

        def close(self):
            if not self.buffer.closed:
                self.buffer.close()

    globals()['_TextSocketFile'] = _TextSocketFile
    globals()['_BufferedSocketFile'] = _BufferedSocketFile
    SocketIO.__module__ = 'socket'
    return SocketIO


SocketIO = _socketio_class()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socketpair(family, type)
    return socket(family, type, proto, fileno=a), socket(family, type, proto, fileno=b)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    return [(_intenum_converter(af, AddressFamily), _intenum_converter(kind, SocketKind),
             pro, canonname, sa)
            for af, kind, pro, canonname, sa in _getaddrinfo(host, port, family, type,
                                                              proto, flags)]


def getnameinfo(sockaddr, flags):
    host, port = sockaddr[0], sockaddr[1]
    return str(host), str(port)


def gethostname():
    import os
    return os.uname().nodename


def getfqdn(name=''):
    # CPython asks gethostbyaddr() for a dotted alias; the name itself when there is none
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    return name


def gethostbyname(hostname):
    return getaddrinfo(hostname, None, AF_INET)[0][4][0]


def _index(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return value.__index__()


def _swap(value, size, name):
    value = _index(value)
    if size == 2:
        if value < 0:
            raise OverflowError(f"{name}: can't convert negative Python int to C 16-bit "
                                f"unsigned integer")
        if value > 0xFFFF:
            raise OverflowError(f"{name}: Python int too large to convert to C 16-bit "
                                f"unsigned integer")
    else:
        if value < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if value > 0xFFFFFFFF:
            raise OverflowError("int larger than 32 bits")
    import sys
    if sys.byteorder == 'big':
        return value
    return int.from_bytes(value.to_bytes(size, 'little'), 'big')


def htons(x):
    return _swap(x, 2, 'htons')


def ntohs(x):
    return _swap(x, 2, 'ntohs')


def htonl(x):
    return _swap(x, 4, 'htonl')


def ntohl(x):
    return _swap(x, 4, 'ntohl')


def _parse_ipv4(text, fname):
    # inet_aton's forms: a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits), a (32 bits);
    # each part decimal, 0octal or 0xhex
    bad = OSError(f'illegal IP address string passed to {fname}')
    if not isinstance(text, str):
        raise TypeError(f'{fname}() argument 1 must be str, not {type(text).__name__}')
    parts = text.split('.')
    if not 1 <= len(parts) <= 4 or (fname == 'inet_pton' and len(parts) != 4):
        raise bad
    values = []
    for part in parts:
        try:
            if fname == 'inet_pton':
                if not part.isdigit() or (len(part) > 1 and part[0] == '0'):
                    raise ValueError
                values.append(int(part, 10))
            elif part[:2].lower() == '0x':
                values.append(int(part[2:], 16) if part[2:] else 0)
            elif len(part) > 1 and part[0] == '0':
                values.append(int(part[1:], 8))
            else:
                if not part.isdigit():
                    raise ValueError
                values.append(int(part, 10))
        except ValueError:
            raise bad from None
    last_bits = 8 * (5 - len(values))
    if any(v > 255 for v in values[:-1]) or values[-1] >= 1 << last_bits:
        raise bad
    number = values[-1]
    for i, v in enumerate(values[:-1]):
        number |= v << (24 - 8 * i)
    return number.to_bytes(4, 'big')


def inet_aton(ip_string):
    return _parse_ipv4(ip_string, 'inet_aton')


def inet_ntoa(packed_ip):
    if not isinstance(packed_ip, (bytes, bytearray, memoryview)):
        raise TypeError(f"a bytes-like object is required, not '{type(packed_ip).__name__}'")
    packed_ip = bytes(packed_ip)
    if len(packed_ip) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(b) for b in packed_ip)


def inet_pton(address_family, ip_string):
    if address_family == AF_INET:
        return _parse_ipv4(ip_string, 'inet_pton')
    if address_family == AF_INET6:
        import ipaddress
        try:
            return ipaddress.IPv6Address(ip_string).packed
        except ValueError:
            raise OSError('illegal IP address string passed to inet_pton') from None
    raise OSError(97, 'Address family not supported by protocol')


def inet_ntop(address_family, packed_ip):
    packed_ip = bytes(packed_ip)
    if address_family == AF_INET:
        if len(packed_ip) != 4:
            raise ValueError('invalid length of packed IP address string')
        return inet_ntoa(packed_ip)
    if address_family == AF_INET6:
        if len(packed_ip) != 16:
            raise ValueError('invalid length of packed IP address string')
        import ipaddress
        return ipaddress.IPv6Address(packed_ip).compressed
    raise ValueError(f'unknown address family {address_family}')


_GLOBAL_DEFAULT_TIMEOUT = object()


def getdefaulttimeout():
    return None


def setdefaulttimeout(timeout):
    if timeout is not None:
        raise NotImplementedError('pydive sockets: setdefaulttimeout() other than None')


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    host, port = address
    err = None
    for family, type_, proto, _, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = socket(family, type_, proto)
        try:
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
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


def _intenum_converter(value, enum_klass):
    # CPython's: the enum member when there is one, else the plain int
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _int_enums():
    # AddressFamily and SocketKind, as CPython's IntEnum._convert_ makes them: members
    # sorted by (value, name), and the module's AF_*/SOCK_* constants become the members.
    import enum
    space = globals()
    made = []
    for cls_name, prefix in (('AddressFamily', 'AF_'), ('SocketKind', 'SOCK_')):
        members = sorted(((n, v) for n, v in space.items()
                          if n.startswith(prefix) and type(v) is int),
                         key=lambda item: (item[1], item[0]))
        cls = enum.IntEnum(cls_name, members, module='socket')
        for n, _ in members:
            space[n] = cls[n]
        made.append(cls)
    return made


AddressFamily, SocketKind = _int_enums()
del _int_enums
