"""Open URLs (pydive's urllib.request): urlopen(), Request, and the opener machinery
(OpenerDirector calling handlers by method name: <scheme>_open, <scheme>_request,
<scheme>_response, http_error_<code>).

Handlers provided: HTTPHandler (over http.client), HTTPDefaultErrorHandler,
HTTPRedirectHandler, HTTPErrorProcessor, FileHandler, DataHandler, UnknownHandler and a
ProxyHandler that uses no proxy. Not provided: https (no ssl module), ftp, proxies,
authentication handlers, cookies (they raise NotImplementedError when made).
"""

import base64
import bisect
import email.message
import email.utils
import http.client
import io
import mimetypes
import os
import posixpath
import socket
import string
import sys
import tempfile
import time
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import urlparse, urljoin, quote, unquote, urlunparse, unquote_to_bytes
from urllib.response import addinfourl, addclosehook

__all__ = ["Request", "OpenerDirector", "BaseHandler", "HTTPDefaultErrorHandler",
           "HTTPRedirectHandler", "HTTPCookieProcessor", "ProxyHandler", "HTTPPasswordMgr",
           "HTTPPasswordMgrWithDefaultRealm", "HTTPPasswordMgrWithPriorAuth",
           "AbstractBasicAuthHandler", "HTTPBasicAuthHandler", "ProxyBasicAuthHandler",
           "AbstractDigestAuthHandler", "HTTPDigestAuthHandler", "ProxyDigestAuthHandler",
           "HTTPHandler", "FileHandler", "FTPHandler", "CacheFTPHandler", "DataHandler",
           "UnknownHandler", "HTTPErrorProcessor", "urlopen", "install_opener",
           "build_opener", "pathname2url", "url2pathname", "getproxies", "urlretrieve",
           "urlcleanup", "URLopener", "FancyURLopener", "HTTPSHandler"]

__version__ = "%d.%d" % sys.version_info[:2]


# -- splitting URLs (CPython keeps these in urllib.parse) ---------------------------------

def _unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == "<" and url[-1:] == ">":
        url = url[1:-1].strip()
    if url[:4] == "URL:":
        url = url[4:].strip()
    return url


def _splittype(url):
    """'type:rest' -> ('type', 'rest') (type lowercased); (None, url) without one."""
    scheme, sep, rest = url.partition(":")
    if sep and scheme and "/" not in scheme:
        return scheme.lower(), rest
    return None, url


def _splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path'); (None, url) otherwise."""
    if not url.startswith("//"):
        return None, url
    rest = url[2:]
    cut = min((i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0),
              default=len(rest))
    host, path = rest[:cut], rest[cut:]
    if path and not path.startswith("/"):
        path = "/" + path
    return host, path


def _splittag(url):
    """'url#tag' -> ('url', 'tag'); (url, None) without a tag."""
    head, sep, tag = url.rpartition("#")
    return (head, tag) if sep else (url, None)


def _splitport(host):
    """'host:port' -> ('host', 'port'); (host, None) without a numeric port."""
    head, sep, port = host.rpartition(":")
    if sep and port.isdigit():
        return head, port
    return host, None

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None,
            capath=None, cadefault=False, context=None):
    """Open url (a string or a Request): for http, an http.client.HTTPResponse with .url
    set; HTTPError for an error status, URLError when the URL cannot be reached."""
    global _opener
    if cafile or capath or cadefault or context is not None:
        raise NotImplementedError("urllib.request.urlopen (pydive): ssl options")
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the resource at url into filename (a temporary file by default);
    (filename, headers)."""
    with urlopen(url, data) as src:
        headers = src.info()
        if filename is None and urlparse(url).scheme == "file":
            return os.path.normpath(url2pathname(urlparse(url).path)), headers
        if filename is None:
            fd, filename = tempfile.mkstemp()
            _url_tempfiles.append(filename)
            out = os.fdopen(fd, "wb")
        else:
            out = open(filename, "wb")
        with out:
            block = 8192
            size = int(headers.get("Content-Length", -1)) if "content-length" in headers \
                else -1
            got = 0
            count = 0
            if reporthook:
                reporthook(count, block, size)
            while True:
                chunk = src.read(block)
                if not chunk:
                    break
                got += len(chunk)
                out.write(chunk)
                count += 1
                if reporthook:
                    reporthook(count, block, size)
    if size >= 0 and got < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes"
                                   % (got, size), (filename, headers))
    return filename, headers


def urlcleanup():
    for name in _url_tempfiles:
        try:
            os.unlink(name)
        except OSError:
            pass
    del _url_tempfiles[:]
    global _opener
    _opener = None


def request_host(request):
    """The host of a request, lowercased, without its port."""
    host = urlparse(request.full_url)[1] or request.get_header("Host", "")
    return _splitport(host)[0].lower()


class Request:
    """A request to open: the URL (parsed into type, host, selector), data to send,
    headers (names stored capitalized: 'Content-type'), and the method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for name, value in headers.items():
            self.add_header(name, value)
        self.origin_req_host = request_host(self) if origin_req_host is None \
            else origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        return self._full_url + ("#" + self.fragment if self.fragment else "")

    @full_url.setter
    def full_url(self, url):
        self._full_url, self.fragment = _splittag(_unwrap(url))
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    @full_url.deleter
    def full_url(self):
        self._full_url = self.fragment = None
        self.selector = ""

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, value):
        if value != self._data:
            self._data = value
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def get_method(self):
        """The method given, else POST with data and GET without."""
        return getattr(self, "method", "GET" if self.data is None else "POST")

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        raise NotImplementedError("urllib.request (pydive): proxies")

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        if header_name in self.headers:
            return self.headers[header_name]
        return self.unredirected_hdrs.get(header_name, default)

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


class OpenerDirector:
    """Opens requests by asking its handlers, found by method name, in handler_order."""

    def __init__(self):
        self.addheaders = [("User-agent", "Python-urllib/%s" % __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def _table_for(self, method_name):
        """(table, key) where a handler method of this name is registered, or None."""
        if method_name in ("redirect_request", "do_open", "proxy_open"):
            return None
        scheme, sep, what = method_name.partition("_")
        if not sep:
            return None
        if what.startswith("error"):
            code = what[len("error"):].lstrip("_")
            try:
                code = int(code)
            except ValueError:
                pass
            return self.handle_error.setdefault(scheme, {}), code
        tables = {"open": self.handle_open, "response": self.process_response,
                  "request": self.process_request}
        if what in tables:
            return tables[what], scheme
        return None

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        used = False
        for name in dir(handler):
            where = self._table_for(name)
            if where is None:
                continue
            table, key = where
            bisect.insort(table.setdefault(key, []), handler)
            used = True
        if used:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        scheme = req.type
        for processor in self.process_request.get(scheme, []):
            req = getattr(processor, scheme + "_request")(req)
        audit = getattr(sys, "audit", None)
        if audit is not None:
            audit("urllib.Request", req.full_url, req.data, req.headers, req.get_method())
        response = self._open(req, data)
        for processor in self.process_response.get(scheme, []):
            response = getattr(processor, scheme + "_response")(req, response)
        return response

    def _open(self, req, data=None):
        for kind, name in (("default", "default_open"), (req.type, req.type + "_open"),
                           ("unknown", "unknown_open")):
            result = self._call_chain(self.handle_open, kind, name, req)
            if result:
                return result
        return None

    def error(self, proto, *args):
        """Ask the error handlers: http_error_<code>, then http_error_default."""
        if proto not in ("http", "https"):
            return self._call_chain(self.handle_error, proto, proto + "_error", *args)
        table = self.handle_error["http"]
        code = args[2]
        result = self._call_chain(table, code, "http_error_%s" % code, *args)
        if result:
            return result
        return self._call_chain(table, "default", "http_error_default", *args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, except those that a handler given
    (a class or an instance) replaces by subclassing."""
    opener = OpenerDirector()
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler]

    def replaced(cls):
        return any(issubclass(h, cls) if isinstance(h, type) else isinstance(h, cls)
                   for h in handlers)
    for cls in defaults:
        if not replaced(cls):
            opener.add_handler(cls())
    for h in handlers:
        opener.add_handler(h() if isinstance(h, type) else h)
    return opener


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Passes a response with a status outside 2xx to the error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if 200 <= code < 300:
            return response
        return self.parent.error("http", request, response, code, msg, hdrs)

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 redirections (at most max_redirections, each
    URL at most max_repeats times)."""

    max_repeats = 4
    max_redirections = 10
    inf_msg = ("The HTTP server returned a redirect error that would lead to an infinite "
               "loop.\nThe last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to send for a redirection, or HTTPError when this one must not be
        followed (a POST is redirected as a GET by 301-303 only)."""
        method = req.get_method()
        followed = (code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")) or \
            (code in (301, 302, 303) and method == "POST")
        if not followed:
            raise HTTPError(req.full_url, code, msg, headers, fp)
        kept = {k: v for k, v in req.headers.items()
                if k.lower() not in ("content-length", "content-type")}
        return Request(newurl.replace(" ", "%20"), headers=kept,
                       origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        target = headers.get("location") or headers.get("uri")
        if target is None:
            return None
        parts = urlparse(target)
        if parts.scheme not in ("http", "https", "ftp", ""):
            raise HTTPError(target, code, "%s - Redirection to url '%s' is not allowed"
                            % (msg, target), headers, fp)
        if parts.netloc and not parts.path:
            parts = parts._replace(path="/")
        target = quote(urlunparse(parts), encoding="iso-8859-1", safe=string.punctuation)
        target = urljoin(req.full_url, target)
        new = self.redirect_request(req, fp, code, msg, headers, target)
        if new is None:
            return None
        seen = getattr(req, "redirect_dict", None)
        if seen is None:
            seen = req.redirect_dict = {}
        elif seen.get(target, 0) >= self.max_repeats or len(seen) >= self.max_redirections:
            raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        new.redirect_dict = seen
        seen[target] = seen.get(target, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def getproxies():
    """pydive uses no proxy."""
    return {}


class ProxyHandler(BaseHandler):
    handler_order = 100

    def __init__(self, proxies=None):
        proxies = getproxies() if proxies is None else proxies
        if proxies:
            raise NotImplementedError("urllib.request.ProxyHandler (pydive): proxies")
        self.proxies = proxies


class AbstractHTTPHandler(BaseHandler):
    def __init__(self, debuglevel=None):
        self._debuglevel = http.client.HTTPConnection.debuglevel if debuglevel is None \
            else debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(request.data,
                                                              request.get_method())

    def do_request_(self, request):
        """Add the headers a request needs: Content-type and Content-length (or chunked)
        for data, Host, and the opener's addheaders."""
        if not request.host:
            raise URLError("no host given")
        data = request.data
        if data is not None:
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, or a file "
                                "object. It cannot be of type str.")
            if not request.has_header("Content-type"):
                request.add_unredirected_header("Content-type",
                                                "application/x-www-form-urlencoded")
            if not (request.has_header("Content-length")
                    or request.has_header("Transfer-encoding")):
                length = self._get_content_length(request)
                if length is None:
                    request.add_unredirected_header("Transfer-encoding", "chunked")
                else:
                    request.add_unredirected_header("Content-length", str(length))
        if not request.has_header("Host"):
            request.add_unredirected_header("Host", request.host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send the request with a connection of http_class; the response (its url set
        and msg its reason phrase)."""
        if not req.host:
            raise URLError("no host given")
        conn = http_class(req.host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        for name, value in req.headers.items():
            headers.setdefault(name, value)
        headers["Connection"] = "close"
        headers = {name.title(): value for name, value in headers.items()}
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, headers,
                             encode_chunked=req.has_header("Transfer-encoding"))
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except BaseException:
            conn.close()
            raise
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):
    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class HTTPSHandler(AbstractHTTPHandler):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("urllib.request.HTTPSHandler: pydive has no ssl module")


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError("unknown url type: %s" % req.type)


def url2pathname(pathname):
    return unquote(pathname)


def pathname2url(pathname):
    return quote(pathname)


class FileHandler(BaseHandler):
    """Opens file: URLs of this machine."""

    names = None

    def file_open(self, req):
        url = req.selector
        if url[:2] == "//" and url[2:3] != "/" and req.host and req.host != "localhost":
            raise URLError("file:// scheme is supported only on localhost")
        return self.open_local_file(req)

    def get_names(self):
        if FileHandler.names is None:
            FileHandler.names = ("127.0.0.1", "localhost")
        return FileHandler.names

    def open_local_file(self, req):
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            st = os.stat(localfile)
            size = st.st_size
            modified = email.utils.formatdate(st.st_mtime, usegmt=True)
            mtype = mimetypes.guess_type(filename)[0]
            headers = email.message.Message()
            for name, value in (("Content-type", mtype or "text/plain"),
                                ("Content-length", size), ("Last-modified", modified)):
                headers[name] = value
            if host:
                host, port = _splitport(host)
            if not host or (not port and host.lower() in self.get_names()):
                origurl = ("file://" + host + filename) if host else "file://" + filename
                return addinfourl(open(localfile, "rb"), headers, origurl)
        except OSError as exp:
            raise URLError(exp, exp.filename)
        raise URLError("file not on local host")


class DataHandler(BaseHandler):
    """Opens data: URLs (RFC 2397)."""

    def data_open(self, req):
        url = req.full_url
        scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(unquote_to_bytes(data))
            mediatype = mediatype[:-7]
        else:
            data = unquote_to_bytes(data)
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = email.message_from_string("Content-type: %s\nContent-length: %d\n"
                                            % (mediatype, len(data)))
        return addinfourl(io.BytesIO(data), headers, url)


def _unsupported(name):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("urllib.request.%s is not supported by pydive" % name)
    return type(name, (BaseHandler,), {"__init__": __init__, "__module__": __name__})


FTPHandler = _unsupported("FTPHandler")
CacheFTPHandler = _unsupported("CacheFTPHandler")
HTTPCookieProcessor = _unsupported("HTTPCookieProcessor")
HTTPPasswordMgr = _unsupported("HTTPPasswordMgr")
HTTPPasswordMgrWithDefaultRealm = _unsupported("HTTPPasswordMgrWithDefaultRealm")
HTTPPasswordMgrWithPriorAuth = _unsupported("HTTPPasswordMgrWithPriorAuth")
AbstractBasicAuthHandler = _unsupported("AbstractBasicAuthHandler")
HTTPBasicAuthHandler = _unsupported("HTTPBasicAuthHandler")
ProxyBasicAuthHandler = _unsupported("ProxyBasicAuthHandler")
AbstractDigestAuthHandler = _unsupported("AbstractDigestAuthHandler")
HTTPDigestAuthHandler = _unsupported("HTTPDigestAuthHandler")
ProxyDigestAuthHandler = _unsupported("ProxyDigestAuthHandler")
URLopener = _unsupported("URLopener")
FancyURLopener = _unsupported("FancyURLopener")


def parse_keqv_list(l):
    """{key: value} of 'key=value' items (values unquoted)."""
    out = {}
    for item in l:
        k, v = item.split("=", 1)
        if v[:1] == '"' and v[-1:] == '"':
            v = v[1:-1]
        out[k] = v
    return out


def parse_http_list(s):
    """Split a comma-separated header value, keeping commas inside quoted strings."""
    items, cur = [], []
    quoted = escaped = False
    for ch in s:
        if escaped:
            cur.append(ch)
            escaped = False
        elif quoted and ch == "\\":
            escaped = True
            cur.append(ch)
        elif ch == '"':
            quoted = not quoted
            cur.append(ch)
        elif ch == "," and not quoted:
            items.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if cur:
        items.append("".join(cur))
    return [item.strip() for item in items]
