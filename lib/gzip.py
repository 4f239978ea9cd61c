"""Reading and writing gzip (RFC 1952) files and byte strings: GzipFile, open(),
compress(), decompress()."""

# pydive's gzip (RFC 1952 members over lib/zlib.py). A GzipFile being written compresses
# each write at once (zlib's output does not depend on how the input is split, so the
# bytes equal CPython's buffered writer's); one being read inflates its members as the
# reads ask and keeps the plain bytes in a BytesIO, so seek/readline/iteration are those
# of an in-memory file. Text modes wrap it in _GzipText.

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 'rb', 'wb'
_LEVEL_FAST = 1
_LEVEL_BEST = 9
READ_BUFFER_SIZE = 131072
_MAGIC = b'\x1f\x8b'


class BadGzipFile(OSError):
    """The data is not a valid gzip stream."""


def _xfl(level):
    # the "extra flags" byte: 2 = slowest/best, 4 = fastest
    return 2 if level == _LEVEL_BEST else 4 if level == _LEVEL_FAST else 0


def _header(level, mtime, fname=b''):
    if mtime is None:
        mtime = time.time()
    flags = FNAME if fname else 0
    head = struct.pack("<2sBBLBB", _MAGIC, 8, flags, int(mtime), _xfl(level), 255)
    return head + (fname + b'\0' if fname else b'')


def _skip_header(buf, pos):
    """Parse the member header at buf[pos:]: (position after it, mtime), or None at the
    end of the data. Raises EOFError when the header is cut short."""
    if pos >= len(buf):
        return None
    magic = buf[pos:pos + 2]
    if magic != _MAGIC:
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(buf) < pos + 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flags, mtime = struct.unpack_from("<BBI", buf, pos + 2)
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    pos += 10

    def need(n):
        if len(buf) < pos + n:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")

    if flags & FEXTRA:
        need(2)
        (n,) = struct.unpack_from("<H", buf, pos)
        need(2 + n)
        pos += 2 + n
    for bit in (FNAME, FCOMMENT):
        if flags & bit:
            end = buf.find(b'\0', pos)
            pos = len(buf) if end < 0 else end + 1
    if flags & FHCRC:
        need(2)
        pos += 2
    return pos, mtime


def _inflate_members(buf, strict_trailer):
    """All members of the gzip data `buf` → (plain bytes, mtime of the last member)."""
    parts = []
    pos = 0
    mtime = None
    while True:
        head = _skip_header(buf, pos)
        if head is None:
            break
        pos, mtime = head
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        plain = d.decompress(buf[pos:])
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError("Compressed file ended before the end-of-stream "
                           "marker was reached")
        crc, size = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(plain):
            if strict_trailer:
                raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(zlib.crc32(plain))))
            raise BadGzipFile("CRC check failed")
        if size != len(plain) & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        parts.append(plain)
        rest = d.unused_data[8:]
        pos = len(buf) - len(rest)
        while pos < len(buf) and buf[pos] == 0:   # zero padding between members
            pos += 1
    return b''.join(parts), mtime


def compress(data, compresslevel=_LEVEL_BEST, *, mtime=None):
    """One gzip member holding `data`, compressed at `compresslevel` (0-9); its header
    records `mtime` (now when None)."""
    if mtime == 0:
        # zlib writes the gzip wrapper itself (mtime 0, its own OS byte)
        return zlib.compress(data, level=compresslevel, wbits=31)
    body = zlib.compress(data, level=compresslevel, wbits=-15)
    tail = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return _header(compresslevel, mtime) + body + tail


def decompress(data):
    """The bytes of every member of the gzip data, joined."""
    return _inflate_members(bytes(data), False)[0]


class GzipFile(io.BufferedIOBase):
    """A binary file object over a gzip stream: reads inflate it, writes deflate into
    it (gzip.open gives text modes)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        given = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.fileobj = fileobj
        if mode[:1] == 'r':
            self.mode = READ
            self._plain = None          # io.BytesIO once the members are inflated
            self._last_mtime = None
        elif mode[:1] in ('w', 'a', 'x'):
            if given is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will "
                              "change in future Python releases.  "
                              "Specify the mode argument for opening it for writing.",
                              FutureWarning, 2)
            self.mode = WRITE
            self.crc = 0
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            fileobj.write(_header(compresslevel, mtime, self._header_name()))
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

    def _header_name(self):
        try:
            base = os.path.basename(self.name)
            if not isinstance(base, bytes):
                base = base.encode('latin-1')
        except UnicodeEncodeError:
            return b''
        return base[:-3] if base.endswith(b'.gz') else base

    @property
    def mtime(self):
        """The mtime field of the last member read (None before reading)."""
        if self.mode == READ:
            self._load()
            return self._last_mtime
        return None

    def __repr__(self):
        r = repr(self.fileobj)
        return '<gzip ' + r[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _require(self, mode, what):
        if self.mode != mode:
            import errno
            other = "read-only" if mode == WRITE else "write-only"
            raise OSError(errno.EBADF, "%s() on %s GzipFile object" % (what, other))

    # ---- writing ----

    def write(self, data):
        self._check_not_closed()
        self._require(WRITE, "write")
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data).tobytes()
            n = len(data)
        if n:
            self.fileobj.write(self.compress.compress(data))
            self.size += n
            self.crc = zlib.crc32(data, self.crc)
            self.offset += n
        return n

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    # ---- reading ----

    def _load(self):
        if self._plain is None:
            raw = self.fileobj.read()
            plain, self._last_mtime = _inflate_members(bytes(raw), True)
            self._plain = io.BytesIO(plain)
        return self._plain

    def read(self, size=-1):
        self._check_not_closed()
        self._require(READ, "read")
        return self._load().read(-1 if size is None else size)

    def read1(self, size=-1):
        self._check_not_closed()
        self._require(READ, "read1")
        return self._load().read(-1 if size is None or size < 0 else size)

    def peek(self, n):
        self._check_not_closed()
        self._require(READ, "peek")
        f = self._load()
        here = f.tell()
        data = f.read(max(n, 1))
        f.seek(here)
        return data

    def readline(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            raise io.UnsupportedOperation("readline")
        return self._load().readline(size)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def rewind(self):
        '''Go back to the start of the uncompressed data.'''
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._load().seek(0)

    # ---- both ----

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        f = self.fileobj
        if f is None:
            return
        try:
            if self.mode == WRITE:
                f.write(self.compress.flush())
                f.write(struct.pack("<LL", self.crc, self.size & 0xffffffff))
        finally:
            self.fileobj = None
            mine = self.myfileobj
            if mine:
                self.myfileobj = None
                mine.close()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def fileno(self):
        return self.fileobj.fileno()

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._load().tell()

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == READ:
            return self._load().seek(offset, whence)
        if whence == io.SEEK_CUR:
            offset += self.offset
        elif whence != io.SEEK_SET:
            raise ValueError('Seek from end not supported')
        if offset < self.offset:
            raise OSError('Negative seek in write mode')
        self.write(b'\0' * (offset - self.offset))
        return self.offset


class _GzipText(io.TextIOBase):
    """gzip.open's text modes: str over a GzipFile (utf-8 unless told; universal
    newlines on reading, '\\n' kept on writing unless `newline` says otherwise)."""

    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self._text = None

    def _load(self):
        if self._text is None:
            s = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            self._text = io.StringIO(s, newline='' if self._newline is None else self._newline)
        return self._text

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def read(self, size=-1):
        return self._load().read(size)

    def readline(self, size=-1):
        return self._load().readline(size)

    def readlines(self, hint=-1):
        return self._load().readlines(hint)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        t = s
        if self._newline not in (None, '', '\n'):
            t = t.replace('\n', self._newline)
        self.buffer.write(t.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        # TextIOWrapper.flush flushes the GzipFile: a Z_SYNC_FLUSH point in the stream
        if self.buffer.mode == WRITE:
            self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """A GzipFile over a path or an open file (modes r/w/x/a, binary by default), or a
    text stream over one for the "t" modes (encoding, errors, newline apply there)."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for arg, v in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if v is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % arg)
    bmode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        f = GzipFile(filename, bmode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        f = GzipFile(None, bmode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _GzipText(f, encoding, errors, newline)
    return f
