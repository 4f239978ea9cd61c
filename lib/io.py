"""pydive's io: the native `_io` (open, files, the std streams) plus in-memory streams.

StringIO and BytesIO are written here in Python; their behaviour follows CPython's
Modules/_io/stringio.c and bytesio.c (position, truncate, closed-file errors).
"""

import _io
from _io import open, TextIOWrapper, DEFAULT_BUFFER_SIZE, UnsupportedOperation
from _io import FileIO, BufferedReader, BufferedWriter, BufferedRandom

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
           "BufferedRWPair", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


class _IOMeta(type):
    """The files open() makes (the native _io.TextIOWrapper, whatever their mode) are
    instances of IOBase, and of TextIOBase/TextIOWrapper or BufferedIOBase by their mode."""

    def __instancecheck__(cls, obj):
        if type.__instancecheck__(cls, obj):
            return True
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        if not isinstance(sub, type) or not type.__subclasscheck__(_io.TextIOWrapper, sub):
            return False
        if issubclass(sub, FileIO):
            return cls in (IOBase, RawIOBase)
        if issubclass(sub, (BufferedReader, BufferedWriter, BufferedRandom)):
            return cls in (IOBase, BufferedIOBase)
        return cls in (IOBase, TextIOBase, TextIOWrapper)


class IOBase(metaclass=_IOMeta):
    """The abstract base of every stream (only what pure-Python streams share)."""

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return getattr(self, "_IOBase__closed", False)

    def close(self):
        self._IOBase__closed = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer raw stream used as one buffered stream (CPython's
    Modules/_io/bufferedio.c bufferedrwpair): reads come from `reader` through a
    read buffer, writes go to `writer`; close closes both."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not writer.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._reader = reader
        self._writer = writer
        self._size = buffer_size
        self._buf = b""

    def _check(self, what):
        if self._reader.closed:
            raise ValueError(what + " of closed file")

    def _fill(self):
        chunk = self._reader.read(self._size)
        if chunk:
            self._buf += bytes(chunk)
        return bool(chunk)

    def read(self, size=-1):
        self._check("read")
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b""
            return data
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        self._check("read")
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def peek(self, size=0):
        self._check("peek")
        if not self._buf:
            self._fill()
        return self._buf

    def readline(self, size=-1):
        self._check("readline")
        while b"\n" not in self._buf and self._fill():
            pass
        end = self._buf.find(b"\n") + 1 or len(self._buf)
        if size is not None and size >= 0:
            end = min(end, size)
        data, self._buf = self._buf[:end], self._buf[end:]
        return data

    def readinto(self, b):
        data = self.read(len(memoryview(b).cast("B")))
        memoryview(b).cast("B")[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        data = self.read1(len(memoryview(b).cast("B")))
        memoryview(b).cast("B")[:len(data)] = data
        return len(data)

    def write(self, b):
        if self._writer.closed:
            raise ValueError("write to closed file")
        return self._writer.write(b)

    def flush(self):
        if self._writer.closed:
            raise ValueError("flush of closed file")
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def isatty(self):
        return self._writer.isatty() or self._reader.isatty()

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()

    @property
    def closed(self):
        return self._writer.closed


class _Memory:
    """What StringIO and BytesIO share: a buffer (str or bytes pieces) and a position."""

    def _arg_size(self, size):
        if size is None:
            return -1
        return size.__index__()

    def getvalue(self):
        self._checkClosed()
        return self._buf

    def tell(self):
        self._checkClosed()
        return self._pos

    def seekable(self):
        self._checkClosed()
        return True

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def read(self, size=-1):
        self._checkClosed()
        size = self._arg_size(size)
        buf = self._buf
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    def readline(self, size=-1):
        self._checkClosed()
        size = self._arg_size(size)
        buf = self._buf
        start = min(self._pos, len(buf))
        end = self._line_end(buf, start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    def _line_end(self, buf, start):
        nl = buf.find(self._nl, start)
        return len(buf) if nl < 0 else nl + len(self._nl)

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        else:
            size = size.__index__()
            if size < 0:
                raise ValueError(f"Negative size value {size}")
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def write(self, s):
        self._checkClosed()
        s = self._check_write(s)
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._empty * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n


class StringIO(_Memory, TextIOBase):
    _nl = "\n"
    _empty = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._buf = ""
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline not in ("", "\n"):
            s = s.replace("\n", self._newline)
        return s

    def _line_end(self, buf, start):
        # newline='' ends a line at the first '\r\n', '\r' or '\n'; '\r' and '\r\n' at
        # themselves; None and '\n' at '\n' (what None made of the others on writing)
        mode = self._newline
        if mode == "":
            cr = buf.find("\r", start)
            lf = buf.find("\n", start)
            if cr < 0 and lf < 0:
                return len(buf)
            if cr < 0 or 0 <= lf < cr:
                return lf + 1
            return cr + 2 if buf.startswith("\n", cr + 1) else cr + 1
        sep = mode if mode in ("\r", "\r\n") else "\n"
        at = buf.find(sep, start)
        return len(buf) if at < 0 else at + len(sep)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._buf)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_Memory, BufferedIOBase):
    _nl = b"\n"
    _empty = b"\0"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._buf = bytes(initial_bytes)
        self._pos = 0

    def _check_write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(b)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


class TextIOWrapper(TextIOBase):
    """Text over a binary stream (a BytesIO, a file opened 'rb'/'wb'): reading decodes what
    the buffer holds from the current position on; writing encodes straight through."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, "
                            f"not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        "".encode(encoding)  # LookupError: unknown encoding
        self.buffer = buffer
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._text = None
        self._pos = 0

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer is None or self.buffer.closed

    def _checkClosed(self):
        if self.buffer is None:
            raise ValueError("underlying buffer has been detached")
        IOBase._checkClosed(self)

    def readable(self):
        self._checkClosed()
        return self.buffer.readable()

    def writable(self):
        self._checkClosed()
        return self.buffer.writable()

    def seekable(self):
        self._checkClosed()
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def _fill(self):
        if self._text is None:
            if not self.buffer.readable():
                raise UnsupportedOperation("not readable")
            text = self.buffer.read().decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._text, self._pos = text, 0
        return self._text

    def read(self, size=-1):
        self._checkClosed()
        text = self._fill()
        end = len(text) if size is None or size < 0 else min(len(text), self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        self._checkClosed()
        text = self._fill()
        start = self._pos
        if self._newline == "":
            # untranslated universal newlines: the first of \r\n, \r, \n ends the line
            end = len(text)
            for i in range(start, len(text)):
                if text[i] == "\n":
                    end = i + 1
                    break
                if text[i] == "\r":
                    end = i + 2 if text[i + 1:i + 2] == "\n" else i + 1
                    break
        else:
            sep = "\n" if self._newline is None else self._newline
            k = text.find(sep, start)
            end = len(text) if k < 0 else k + len(sep)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        self._text = None
        return len(s)

    def flush(self):
        self._checkClosed()
        if hasattr(self.buffer, "flush"):
            self.buffer.flush()

    def close(self):
        if self.buffer is not None and not self.buffer.closed:
            self.flush()
            self.buffer.close()

    def detach(self):
        self._checkClosed()
        self.flush()
        buffer, self.buffer = self.buffer, None
        return buffer

    def seek(self, pos, whence=0):
        self._checkClosed()
        if (pos, whence) not in ((0, 0), (0, 2)) and whence != 1:
            raise UnsupportedOperation("pydive: TextIOWrapper.seek to a position other than "
                                       "the start or the end")
        if whence == 1:
            if pos != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        self._text = None
        return self.buffer.seek(0, whence)

    def tell(self):
        self._checkClosed()
        if self._text is None:
            return self.buffer.tell()
        if self._pos == len(self._text):
            return self.buffer.tell()
        raise UnsupportedOperation("pydive: TextIOWrapper.tell in the middle of decoded text")

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            "".encode(encoding)
            self._encoding = encoding
            self._errors = "strict" if errors is None else errors
        elif errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through

    def __repr__(self):
        try:
            name = f" name={self.buffer.name!r}"
        except AttributeError:
            name = ""
        return f"<_io.TextIOWrapper{name} encoding={self._encoding!r}>"


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors

    def decode(self, input, final=False):
        out = self.decoder.decode(input, final=final) if self.decoder else input
        if self.translate:
            out = out.replace("\r\n", "\n").replace("\r", "\n")
        return out

    def reset(self):
        pass


for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, StringIO, BytesIO,
           IncrementalNewlineDecoder, TextIOWrapper):
    _c.__module__ = "io" if _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase) else "_io"
del _c


# C types in CPython: error messages name them with their module ('_io.StringIO')
try:
    import _pydive
    _pydive.set_tp_name(StringIO, '_io.StringIO')
    _pydive.set_tp_name(BytesIO, '_io.BytesIO')
    _pydive.set_tp_name(TextIOWrapper, '_io.TextIOWrapper')
    _pydive.set_tp_name(IncrementalNewlineDecoder, '_io.IncrementalNewlineDecoder')
    _pydive.set_immutable(StringIO, BytesIO, TextIOWrapper, IncrementalNewlineDecoder)
    del _pydive
except ImportError:
    pass
