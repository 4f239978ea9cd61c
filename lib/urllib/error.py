"""The exceptions urllib.request raises: URLError (the URL could not be opened),
HTTPError (the server answered with an error status; also a response to read),
ContentTooShortError."""

import io
import urllib.response

__all__ = ["URLError", "HTTPError", "ContentTooShortError"]


class URLError(OSError):
    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return "<urlopen error %s>" % self.reason


class HTTPError(URLError, urllib.response.addinfourl):
    """An HTTP error response: code, msg (the reason), hdrs (the headers) and fp (the
    body, readable through the exception itself)."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        urllib.response.addinfourl.__init__(self, io.BytesIO() if fp is None else fp,
                                            hdrs, url, code)

    def __str__(self):
        return "HTTP Error %s: %s" % (self.code, self.msg)

    def __repr__(self):
        return "<HTTPError %s: %r>" % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, value):
        self.hdrs = value


class ContentTooShortError(URLError):
    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
