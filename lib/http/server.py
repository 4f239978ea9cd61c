"""HTTP servers (pydive's http.server): HTTPServer / ThreadingHTTPServer over socketserver,
BaseHTTPRequestHandler (parses a request and calls do_<METHOD>), SimpleHTTPRequestHandler
(serves the files of a directory).

Not provided: CGIHTTPRequestHandler (raises NotImplementedError when made) and the command
line entry point's CGI option.
"""

import datetime
import email.utils
import html
import http.client
import io
import mimetypes
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler", "CGIHTTPRequestHandler"]

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"


def _fqdn(host):
    getfqdn = getattr(socket, "getfqdn", None)
    if getfqdn is not None:
        return getfqdn(host)
    return "localhost" if host in ("", "0.0.0.0", "127.0.0.1", "::", "::1") else host


class HTTPServer(socketserver.TCPServer):
    """A TCP server that remembers its name and port (server_name, server_port)."""

    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = _fqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


# control characters are shown escaped in the log
_LOG_ESCAPES = {c: "\\x%02x" % c for c in list(range(0x20)) + list(range(0x7f, 0xa0))}
_LOG_ESCAPES[ord("\\")] = "\\\\"


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Reads requests from the connection (one, or several while the connection is kept
    alive) and calls the method do_<COMMAND>() for each. After parse_request(), command,
    path, request_version and headers describe the request; the response is written with
    send_response(), send_header(), end_headers() and wfile."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    MessageClass = http.client.HTTPMessage
    responses = {s: (s.phrase, s.description) for s in HTTPStatus}
    weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                 "Nov", "Dec"]

    # -- reading a request ----------------------------------------------------------------

    def _parse_version(self, version):
        """(major, minor) of 'HTTP/x.y'; ValueError when malformed."""
        if not version.startswith("HTTP/"):
            raise ValueError
        numbers = version[5:].split(".")
        if len(numbers) != 2 or not all(n.isdigit() and len(n) <= 10 for n in numbers):
            raise ValueError
        return int(numbers[0]), int(numbers[1])

    def parse_request(self):
        """Parse raw_requestline and the headers after it; False (with the error response
        sent) when the request is malformed."""
        self.command = None
        self.request_version = self.default_request_version
        self.close_connection = True
        line = self.raw_requestline.decode("iso-8859-1").rstrip("\r\n")
        self.requestline = line
        words = line.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            try:
                number = self._parse_version(version)
            except (ValueError, IndexError):
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % version[5:])
                return False
            self.request_version = version
        if len(words) > 3 or len(words) < 2:
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request syntax (%r)" % line)
            return False
        command, path = words[0], words[1]
        if len(words) == 2:
            # HTTP/0.9: a GET only, and no headers
            self.close_connection = True
            if command != "GET":
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        if path.startswith("//"):
            path = "/" + path.lstrip("/")
        self.command, self.path = command, path
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long",
                            str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers",
                            str(err))
            return False
        connection = self.headers.get("Connection", "").lower()
        if connection == "close":
            self.close_connection = True
        elif connection == "keep-alive" and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        if (self.headers.get("Expect", "").lower() == "100-continue"
                and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            return self.handle_expect_100()
        return True

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue' (with 100 Continue by default); False after
        sending an error instead."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read, parse and serve one request."""
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = self.request_version = self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            handler = getattr(self, "do_" + self.command, None)
            if handler is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            handler()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True

    def handle(self):
        """Serve requests until the connection is to be closed."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    # -- writing the response -------------------------------------------------------------

    def send_error(self, code, message=None, explain=None):
        """Log the error and send an error response with an HTML body (no body for 1xx,
        204, 205, 304 or a HEAD request)."""
        short, long = self.responses.get(code, ("???", "???"))
        message = short if message is None else message
        explain = long if explain is None else explain
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header("Connection", "close")
        body = None
        if code >= 200 and code not in (204, 205, 304):
            page = self.error_message_format % {
                "code": code,
                "message": html.escape(message, quote=False),
                "explain": html.escape(explain, quote=False),
            }
            body = page.encode("UTF-8", "replace")
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Log the request, then buffer the status line and the Server and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())

    def _buffer_line(self, text):
        if not hasattr(self, "_headers_buffer"):
            self._headers_buffer = []
        self._headers_buffer.append(text.encode("latin-1", "strict"))

    def send_response_only(self, code, message=None):
        """Buffer the status line only (none for an HTTP/0.9 request)."""
        if self.request_version == "HTTP/0.9":
            return
        if message is None:
            message = self.responses[code][0] if code in self.responses else ""
        self._buffer_line("%s %d %s\r\n" % (self.protocol_version, code, message))

    def send_header(self, keyword, value):
        """Buffer a header line; a Connection header decides close_connection."""
        if self.request_version != "HTTP/0.9":
            self._buffer_line("%s: %s\r\n" % (keyword, value))
        if keyword.lower() == "connection":
            if value.lower() == "close":
                self.close_connection = True
            elif value.lower() == "keep-alive":
                self.close_connection = False

    def end_headers(self):
        """End the headers with an empty line and send them."""
        if self.request_version != "HTTP/0.9":
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, "_headers_buffer"):
            data, self._headers_buffer = b"".join(self._headers_buffer), []
            self.wfile.write(data)

    # -- logging --------------------------------------------------------------------------

    def log_request(self, code="-", size="-"):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Write 'client - - [date] message' on stderr."""
        text = (format % args).translate(_LOG_ESCAPES)
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(),
                                               self.log_date_time_string(), text))

    def version_string(self):
        return "%s %s" % (self.server_version, self.sys_version)

    def date_time_string(self, timestamp=None):
        """The time (now by default) as a Date header wants it."""
        return email.utils.formatdate(time.time() if timestamp is None else timestamp,
                                      usegmt=True)

    def log_date_time_string(self):
        """The local time now, as the log shows it: 07/Dec/2026 11:30:00."""
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (t.tm_mday, self.monthname[t.tm_mon],
                                                 t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)

    def address_string(self):
        return self.client_address[0]


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serve GET and HEAD requests from the files under directory (the current directory
    by default), with directory listings when there is no index page."""

    server_version = "SimpleHTTP/" + __version__
    index_pages = ("index.html", "index.htm")
    extensions_map = {".gz": "application/gzip", ".Z": "application/octet-stream",
                      ".bz2": "application/x-bzip2", ".xz": "application/x-xz"}

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        """Send the headers of the answer; the file to send as the body (the caller
        closes it), or None."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            url = urllib.parse.urlsplit(self.path)
            if not url.path.endswith("/"):
                # a directory is served at its name with a trailing slash
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                target = urllib.parse.urlunsplit((url[0], url[1], url[2] + "/", url[3],
                                                  url[4]))
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            index = next((os.path.join(path, p) for p in self.index_pages
                          if os.path.isfile(os.path.join(path, p))), None)
            if index is None:
                return self.list_directory(path)
            path = index
        ctype = self.guess_type(path)
        if path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            f = open(path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            st = os.fstat(f.fileno())
            if self._not_modified_since(st.st_mtime):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.end_headers()
                f.close()
                return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(st.st_size))
            self.send_header("Last-Modified", self.date_time_string(st.st_mtime))
            self.end_headers()
            return f
        except BaseException:
            f.close()
            raise

    def _not_modified_since(self, mtime):
        if "If-Modified-Since" not in self.headers or "If-None-Match" in self.headers:
            return False
        try:
            since = email.utils.parsedate_to_datetime(self.headers["If-Modified-Since"])
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        utc = datetime.timezone.utc
        if since.tzinfo is None:
            since = since.replace(tzinfo=utc)
        if since.tzinfo is not utc:
            return False
        changed = datetime.datetime.fromtimestamp(mtime, utc).replace(microsecond=0)
        return changed <= since

    def list_directory(self, path):
        """Send the headers of an HTML listing of the directory; the listing as a file."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=str.lower)
        try:
            shown = urllib.parse.unquote(self.path, errors="surrogatepass")
        except UnicodeDecodeError:
            shown = urllib.parse.unquote(self.path)
        shown = html.escape(shown, quote=False)
        enc = sys.getfilesystemencoding()
        title = "Directory listing for " + shown
        out = ["<!DOCTYPE HTML>", '<html lang="en">', "<head>",
               '<meta charset="%s">' % enc, "<title>%s</title>\n</head>" % title,
               "<body>\n<h1>%s</h1>" % title, "<hr>\n<ul>"]
        for name in names:
            full = os.path.join(path, name)
            label = link = name
            if os.path.isdir(full):
                label = link = name + "/"
            if os.path.islink(full):
                label = name + "@"
            out.append('<li><a href="%s">%s</a></li>'
                       % (urllib.parse.quote(link, errors="surrogatepass"),
                          html.escape(label, quote=False)))
        out.append("</ul>\n<hr>\n</body>\n</html>\n")
        data = "\n".join(out).encode(enc, "surrogateescape")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % enc)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)

    def translate_path(self, path):
        """The file name for a URL path: below self.directory, '..' and '.' dropped."""
        path = path.split("?", 1)[0].split("#", 1)[0]
        slash_end = path.rstrip().endswith("/")
        try:
            path = urllib.parse.unquote(path, errors="surrogatepass")
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        result = self.directory
        for word in posixpath.normpath(path).split("/"):
            if not word or os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        return result + "/" if slash_end else result

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The MIME type for a file name (application/octet-stream when unknown)."""
        ext = posixpath.splitext(path)[1]
        for key in (ext, ext.lower()):
            if key in self.extensions_map:
                return self.extensions_map[key]
        guess, _ = mimetypes.guess_type(path)
        return guess or "application/octet-stream"


class CGIHTTPRequestHandler(SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("http.server.CGIHTTPRequestHandler is not supported by "
                                  "pydive")
