"""Response objects of urllib (pydive): file wrappers that add headers, a URL and a status
to a file object."""

__all__ = ["addbase", "addclosehook", "addinfo", "addinfourl"]


class addbase:
    """Wraps a file object: reading goes to it; closing closes it."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp  # CPython's tempfile wrapper calls it .file

    def __getattr__(self, name):
        fp = self.__dict__.get("fp")
        if fp is None:
            raise AttributeError(name)
        return getattr(fp, name)

    def __repr__(self):
        return "<%s at %r whose fp = %r>" % (type(self).__name__, id(self), self.fp)

    def __iter__(self):
        return iter(self.fp)

    def __enter__(self):
        if self.fp is None or getattr(self.fp, "closed", False):
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.fp is not None:
            self.fp.close()

    @property
    def closed(self):
        return self.fp is None or getattr(self.fp, "closed", False)


class addclosehook(addbase):
    """Calls closehook(*hookargs) once when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook, args = self.closehook, self.hookargs
            if hook:
                self.closehook = None
                self.hookargs = None
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """Adds headers (info())."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """Adds headers, the URL and a status code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
