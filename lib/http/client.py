"""An HTTP/1.1 client (pydive's http.client): HTTPConnection sends requests over a socket
and HTTPResponse reads the answer (status line, headers as an HTTPMessage, a body sized by
Content-Length, chunked, or ended by the connection closing).

Not provided: HTTPS (pydive has no ssl module: HTTPSConnection raises NotImplementedError),
proxies tunnels (set_tunnel raises NotImplementedError).
"""

import io
import re
import socket
import email.message
from http import HTTPStatus

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPSConnection", "HTTPException",
           "NotConnected", "UnknownProtocol", "UnknownTransferEncoding",
           "UnimplementedFileMode", "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady", "BadStatusLine",
           "LineTooLong", "RemoteDisconnected", "error", "responses", "HTTPMessage",
           "parse_headers", "HTTP_PORT", "HTTPS_PORT"]

HTTP_PORT = 80
HTTPS_PORT = 443

# a connection's request states
_IDLE = "Idle"
_STARTED = "Request-started"
_SENT = "Request-sent"

_MAXLINE = 65536
_MAXHEADERS = 100

# the status constants (OK = 200, ...) and the reason phrases by code
globals().update(HTTPStatus.__members__)
responses = {s.value: s.phrase for s in HTTPStatus}

_header_name_ok = re.compile(rb"[^:\s][^:\r\n]*").fullmatch
_header_value_bad = re.compile(rb"\n(?![ \t])|\r(?![ \t\n])").search
_bad_in_path = re.compile("[\x00-\x20\x7f]").search
_bad_in_method = re.compile("[\x00-\x1f]").search
_METHODS_WITH_BODY = {"PATCH", "POST", "PUT"}


# -- exceptions ---------------------------------------------------------------------------

class HTTPException(Exception):
    pass


error = HTTPException


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = "" if self.expected is None else ", %i more expected" % self.expected
        return "%s(%i bytes read%s)" % (type(self).__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


# -- headers ------------------------------------------------------------------------------

class HTTPMessage(email.message.Message):
    """The headers of a request or a response."""

    def getallmatchingheaders(self, name):
        """The raw 'Name: value' lines of the headers called name."""
        low = name.lower()
        return ["%s: %s" % (k, v) for k, v in self._headers if k.lower() == low]


def _read_header_lines(fp):
    """The header lines up to the empty line (bytes, line ends kept)."""
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        if line in (b"\r\n", b"\n", b""):
            return lines
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)


def _message_from_lines(lines, _class=HTTPMessage):
    msg = _class()
    name = None
    value = []
    for raw in lines:
        text = raw.decode("iso-8859-1").rstrip("\r\n")
        if text[:1] in (" ", "\t") and name is not None:
            value.append(text)  # a folded continuation line
            continue
        if name is not None:
            msg.set_raw(name, "\r\n".join(value))
        name, sep, rest = text.partition(":")
        if not sep:
            name = None
            msg.defects.append(text)
            continue
        name = name.rstrip()
        value = [rest.lstrip(" \t")]
    if name is not None:
        msg.set_raw(name, "\r\n".join(value))
    return msg


def parse_headers(fp, _class=HTTPMessage):
    """Read headers from the binary file fp up to the empty line; an HTTPMessage."""
    return _message_from_lines(_read_header_lines(fp), _class)


# -- responses ----------------------------------------------------------------------------

class HTTPResponse(io.BufferedIOBase):
    """A response read from a socket: begin() reads the status line and headers, then the
    body is read with read()/readline()/readinto()."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = self.status = self.reason = "UNKNOWN"
        self.chunked = "UNKNOWN"
        self.chunk_left = "UNKNOWN"
        self.length = "UNKNOWN"
        self.will_close = "UNKNOWN"
        self.url = url

    def _read_status(self):
        raw = self.fp.readline(_MAXLINE + 1)
        if len(raw) > _MAXLINE:
            raise LineTooLong("status line")
        line = raw.decode("iso-8859-1")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        words = line.split(None, 2)
        while len(words) < 3:
            words.append("")
        version, status, reason = words
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        if not (status.isdigit() and len(status) == 3 and 100 <= int(status) <= 999):
            raise BadStatusLine(line)
        return version, int(status), reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            _read_header_lines(self.fp)  # the headers of a 100 Continue
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print("header:", name + ":", value)

        coding = self.headers.get("transfer-encoding")
        self.chunked = bool(coding) and coding.lower() == "chunked"
        self.chunk_left = None
        self.will_close = self._check_close()

        self.length = None
        declared = self.headers.get("content-length")
        if declared and not self.chunked:
            try:
                n = int(declared)
            except ValueError:
                n = None
            self.length = n if n is not None and n >= 0 else None
        if status in (204, 304) or status < 200 or self._method == "HEAD":
            self.length = 0
        if self.length is None and not self.chunked:
            self.will_close = True  # only the end of the connection ends the body

    def _check_close(self):
        """Whether the server closes the connection after this response."""
        conn = (self.headers.get("connection") or "").lower()
        if self.version == 11:
            return "close" in conn
        if self.headers.get("keep-alive") or "keep-alive" in conn:
            return False
        proxy_conn = (self.headers.get("proxy-connection") or "").lower()
        return "keep-alive" not in proxy_conn

    def _close_conn(self):
        fp, self.fp = self.fp, None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        return self.fp is None

    def read(self, amt=None):
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self._read_exactly(self.length)
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read1(self, n=-1):
        return self.read(None if n is None or n < 0 else n)

    def peek(self, n=-1):
        if self.fp is None or self._method == "HEAD" or self.chunked:
            return b""
        return self.fp.peek(n)

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            raise NotImplementedError("http.client (pydive): readline() on a chunked body")
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def _read_exactly(self, n):
        data = self.fp.read(n)
        if len(data) < n:
            raise IncompleteRead(data, n - len(data))
        return data

    def _next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        size = line.split(b";", 1)[0].strip()
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_chunked(self, amt=None):
        parts = []
        want = amt if amt is not None and amt >= 0 else None
        while want is None or want > 0:
            if not self.chunk_left:
                if self.chunk_left == 0:
                    self._read_exactly(2)  # the CRLF after the previous chunk
                try:
                    size = self._next_chunk_size()
                except ValueError:
                    raise IncompleteRead(b"".join(parts)) from None
                if size == 0:
                    # the last chunk: skip the trailer, the body is over
                    _read_header_lines(self.fp)
                    self._close_conn()
                    break
                self.chunk_left = size
            take = self.chunk_left if want is None else min(want, self.chunk_left)
            try:
                parts.append(self._read_exactly(take))
            except IncompleteRead as e:
                raise IncompleteRead(b"".join(parts) + e.partial) from None
            self.chunk_left -= take
            if want is not None:
                want -= take
        return b"".join(parts)

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        """The header's value (repeated headers joined by ', '), or default."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, "__iter__"):
            return values
        return ", ".join(values)

    def getheaders(self):
        """The (name, value) pairs of the headers."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


# -- connections --------------------------------------------------------------------------

class HTTPConnection:
    """One connection to an HTTP server, made when the first request is sent:
    request() (or putrequest/putheader/endheaders), then getresponse()."""

    _http_vsn = 11
    _http_vsn_str = "HTTP/1.1"
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._get_hostport(host, port)
        if _bad_in_path(self.host):
            raise InvalidURL("URL can't contain control characters. %r (found at least %r)"
                             % (self.host, _bad_in_path(self.host).group()))
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(":")
            bracket = host.rfind("]")
            if colon > bracket:
                digits = host[colon + 1:]
                if digits == "":
                    port = self.default_port
                else:
                    try:
                        port = int(digits)
                    except ValueError:
                        raise InvalidURL("nonnumeric port: '%s'" % digits) from None
                host = host[:colon]
            else:
                port = self.default_port
        if host[:1] == "[" and host[-1:] == "]":
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise NotImplementedError("http.client (pydive): proxy tunnels (set_tunnel)")

    def connect(self):
        """Open the socket to the server."""
        self.sock = self._create_connection((self.host, self.port), self.timeout,
                                            self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        """Close the connection (a response being read keeps its own end open)."""
        self.__state = _IDLE
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            response, self.__response = self.__response, None
            if response:
                response.close()

    def send(self, data):
        """Send bytes (or a file, or an iterable of bytes) to the server."""
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            text = isinstance(data, io.TextIOBase)
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                self.sock.sendall(block.encode("iso-8859-1") if text else block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if isinstance(data, (str, int)) or not hasattr(data, "__iter__"):
                raise TypeError("data should be a bytes-like object or an iterable, got %r"
                                % type(data)) from None
            for piece in data:
                self.sock.sendall(piece)

    def _output(self, line):
        self._buffer.append(line)

    def _send_output(self, message_body=None, encode_chunked=False):
        head = b"\r\n".join(self._buffer + [b"", b""])
        self._buffer = []
        self.send(head)
        if message_body is None:
            return
        if hasattr(message_body, "read"):
            pieces = iter(lambda: message_body.read(self.blocksize), b"")
            if isinstance(message_body, io.TextIOBase):
                pieces = (p.encode("iso-8859-1") for p in
                          iter(lambda: message_body.read(self.blocksize), ""))
        elif isinstance(message_body, (bytes, bytearray, memoryview)):
            pieces = (message_body,)
        else:
            pieces = message_body
        for piece in pieces:
            if isinstance(piece, str):
                piece = piece.encode("iso-8859-1")
            if not piece:
                continue
            if encode_chunked and self._http_vsn == 11:
                piece = b"%X\r\n%s\r\n" % (len(piece), bytes(piece))
            self.send(piece)
        if encode_chunked and self._http_vsn == 11:
            self.send(b"0\r\n\r\n")

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Start a request: the request line, then Host and Accept-Encoding headers."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _STARTED
        bad = _bad_in_method(method)
        if bad:
            raise ValueError("method can't contain control characters. %r (found at least %r)"
                             % (method, bad.group()))
        self._method = method
        url = url or "/"
        bad = _bad_in_path(url)
        if bad:
            raise InvalidURL("URL can't contain control characters. %r (found at least %r)"
                             % (url, bad.group()))
        self._output(("%s %s %s" % (method, url, self._http_vsn_str)).encode("ascii"))
        if self._http_vsn != 11:
            return
        if not skip_host:
            netloc = ""
            if url.startswith("http"):
                from urllib.parse import urlsplit
                netloc = urlsplit(url).netloc
            if netloc:
                self.putheader("Host", netloc.encode("idna" if not netloc.isascii()
                                                     else "ascii"))
            else:
                host = self.host
                shown = host.encode("ascii") if host.isascii() else host.encode("idna")
                if ":" in host:
                    shown = b"[" + shown + b"]"
                if self.port == self.default_port:
                    self.putheader("Host", shown)
                else:
                    self.putheader("Host", "%s:%s" % (shown.decode("ascii"), self.port))
        if not skip_accept_encoding:
            self.putheader("Accept-Encoding", "identity")

    def putheader(self, header, *values):
        """Send one header line (several values are folded on continuation lines)."""
        if self.__state != _STARTED:
            raise CannotSendHeader()
        if isinstance(header, str):
            header = header.encode("ascii")
        if not _header_name_ok(header):
            raise ValueError("Invalid header name %r" % (header,))
        encoded = []
        for v in values:
            if isinstance(v, str):
                v = v.encode("latin-1")
            elif isinstance(v, int):
                v = str(v).encode("ascii")
            if _header_value_bad(v):
                raise ValueError("Invalid header value %r" % (v,))
            encoded.append(v)
        self._output(header + b": " + b"\r\n\t".join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """End the headers and send the request (with message_body if given)."""
        if self.__state != _STARTED:
            raise CannotSendHeader()
        self.__state = _SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    @staticmethod
    def _get_content_length(body, method):
        if body is None:
            return 0 if method.upper() in _METHODS_WITH_BODY else None
        if hasattr(body, "read"):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a whole request: the headers given plus Host, Accept-Encoding and
        Content-Length (or chunked Transfer-Encoding) unless given."""
        given = {k.lower() for k in headers}
        self.putrequest(method, url, skip_host="host" in given,
                        skip_accept_encoding="accept-encoding" in given)
        if "content-length" in given:
            encode_chunked = False
        elif "transfer-encoding" not in given:
            encode_chunked = False
            length = self._get_content_length(body, method)
            if length is not None:
                self.putheader("Content-Length", str(length))
            elif body is not None:
                encode_chunked = True
                self.putheader("Transfer-Encoding", "chunked")
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            try:
                body = body.encode("iso-8859-1")
            except UnicodeEncodeError as e:
                raise UnicodeEncodeError(
                    e.encoding, e.object, e.start, e.end,
                    "%s (%.20r) is not valid Latin-1. Use body.encode('utf-8') if you want "
                    "to send it encoded in UTF-8." % ("Body".title(), body[e.start:e.end])
                ) from None
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """Read the server's response to the request sent; the connection closes when
        the response says it will."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _SENT or self.__response:
            raise ResponseNotReady(self.__state)
        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel, method=self._method)
        else:
            response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except BaseException:
            response.close()
            raise


class HTTPSConnection(HTTPConnection):
    """HTTPS is not available in pydive (no ssl module)."""

    default_port = HTTPS_PORT

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("http.client.HTTPSConnection: pydive has no ssl module")
