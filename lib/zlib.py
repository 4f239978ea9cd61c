"""The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush()."""

# pydive: the streams are zlib's C code in crates/vm/src/modules/zlib.rs (handles into a
# table); this file gives them CPython's zlibmodule.c interface and messages.

import _zlib

__version__ = '1.0'
ZLIB_VERSION = _zlib.ZLIB_VERSION
ZLIB_RUNTIME_VERSION = _zlib.ZLIB_VERSION

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    pass


_zlib._set_error(error)
crc32 = _zlib.crc32
adler32 = _zlib.adler32


def _index(v, name):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return v.__index__() if not isinstance(v, int) else v


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _deflate_ok(level, wbits, method=DEFLATED, memLevel=DEF_MEM_LEVEL, strategy=0):
    """deflateInit2's argument check (Z_STREAM_ERROR when False)."""
    if not -1 <= level <= 9 or method != DEFLATED:
        return False
    if not (8 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31):
        return False
    if not 1 <= memLevel <= 9 or not 0 <= strategy <= Z_FIXED:
        return False
    return True


def _refuse_tuning(memLevel, strategy):
    if memLevel != DEF_MEM_LEVEL or strategy != Z_DEFAULT_STRATEGY:
        raise NotImplementedError(
            "pydive does not support zlib memLevel/strategy other than the defaults yet")


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    data = _buffer(data)
    level = _index(level, 'level')
    wbits = _index(wbits, 'wbits')
    if not _deflate_ok(level, wbits):
        raise error("Bad compression level")
    h = _zlib.deflate_new(level, wbits, None)
    try:
        return _zlib.deflate(h, data, Z_FINISH)
    finally:
        _zlib.free(h)


def _inflate_wbits(wbits, first):
    """The concrete wbits for inflateInit2's; 40..47 (auto) needs the first byte."""
    if 40 <= wbits <= 47:
        return 31 if first == 0x1f else 15
    if wbits == 0 or 8 <= wbits <= 15 or -15 <= wbits <= -8 or 24 <= wbits <= 31:
        return wbits
    return None


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    data = _buffer(data)
    wbits = _index(wbits, 'wbits')
    bufsize = _index(bufsize, 'bufsize')
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    w = _inflate_wbits(wbits, data[0] if data else None)
    if w is None:
        _zlib._raise(-2, "while preparing to decompress data", None)
    h = _zlib.inflate_new(w, None)
    try:
        out, used, state = _zlib.inflate(h, data, 0, True, None)
    finally:
        _zlib.free(h)
    if state == 2:
        _zlib._raise(2, "while decompressing data", None)
    if state != 1:
        _zlib._raise(-5, "while decompressing data", None)
    return out


class Compress:
    """Compressor object (from compressobj())."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        """Returns a bytes object containing compressed data."""
        data = _buffer(data)
        if self._h is None:
            _zlib._raise(-2, "while compressing data", None)
        self._log.append((bytes(data), Z_NO_FLUSH))
        return _zlib.deflate(self._h, data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data."""
        mode = _index(mode, 'mode')
        if mode == Z_NO_FLUSH:
            return b''
        if self._h is None:
            _zlib._raise(-2, "while flushing", None)
        if mode not in (Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH):
            raise NotImplementedError("pydive does not support this zlib flush mode yet")
        out = _zlib.deflate(self._h, b'', mode)
        self._log.append((b'', mode))
        if mode == Z_FINISH:
            _zlib.free(self._h)
            self._h = None
        return out

    def copy(self):
        """Return a copy of the compression object."""
        if self._h is None:
            raise ValueError("Inconsistent stream state")
        # zlib's deflateCopy, done by feeding a new stream the same calls
        c = object.__new__(Compress)
        c._args = self._args
        c._h = _zlib.deflate_new(*self._args)
        c._log = list(self._log)
        for data, mode in c._log:
            _zlib.deflate(c._h, data, mode)
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __del__(self):
        if self._h is not None:
            _zlib.free(self._h)
            self._h = None


class Decompress:
    """Decompressor object (from decompressobj())."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    def _start(self, data):
        if self._h is None and not self._done:
            w = _inflate_wbits(self._wbits, data[0] if data else None)
            self._h = _zlib.inflate_new(w, self._zdict)

    def _run(self, data, max_length, finish):
        if self._done or self._h is None:
            # after the end (or a flush at the end) zlib answers with nothing
            if self._done:
                if data:
                    self.unused_data += data
                return b''
        out, used, state = _zlib.inflate(self._h, data, max_length, finish, self._zdict)
        rest = data[used:]
        if state == 1:
            self.eof = True
            self.unused_data += rest
            if self.unconsumed_tail:
                # save_unconsumed_input's quirk: the old tail is replaced by the rest
                self.unconsumed_tail = bytes(rest)
        elif state == 2:
            _zlib._raise(2, "while decompressing data", None)
        else:
            self.unconsumed_tail = bytes(rest)
        return out

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data."""
        data = _buffer(data)
        max_length = _index(max_length, 'max_length')
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self._wbits >= 40 and self._h is None and not data:
            return b''
        self._log.append((bytes(data), max_length))
        self._start(data)
        if self.eof:
            # zlib's inflate after Z_STREAM_END keeps returning it: input is unused data
            self.unused_data += bytes(data)
            return b''
        return self._run(bytes(data), max_length, False)

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data."""
        length = _index(length, 'length')
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self._h is None or self.eof:
            if self._h is not None:
                _zlib.free(self._h)
                self._h = None
                self._done = True
            return b''
        tail = self.unconsumed_tail
        out = self._run(tail, 0, True)
        if self.eof:
            _zlib.free(self._h)
            self._h = None
            self._done = True
        return out

    def copy(self):
        """Return a copy of the decompression object."""
        if self._done:
            raise ValueError("Inconsistent stream state")
        # zlib's inflateCopy, done by giving a new stream the same calls
        d = decompressobj(self._wbits, self._zdict or b'')
        for data, max_length in self._log:
            d.decompress(data, max_length)
        return d

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __del__(self):
        if self._h is not None:
            _zlib.free(self._h)
            self._h = None


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    level = _index(level, 'level')
    wbits = _index(wbits, 'wbits')
    if zdict is not None:
        zdict = _buffer(zdict)
    if not _deflate_ok(level, wbits, method, memLevel, strategy):
        raise ValueError("Invalid initialization option")
    _refuse_tuning(memLevel, strategy)
    c = object.__new__(Compress)
    c._args = (level, wbits, zdict)
    c._h = _zlib.deflate_new(level, wbits, zdict)
    c._log = []
    return c


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    wbits = _index(wbits, 'wbits')
    if not isinstance(zdict, (bytes, bytearray, memoryview)):
        raise TypeError("zdict argument must support the buffer protocol")
    if _inflate_wbits(wbits, 0x78) is None:
        raise ValueError("Invalid initialization option")
    d = object.__new__(Decompress)
    d._wbits = wbits
    d._zdict = bytes(zdict) if zdict else None
    d._h = None
    d._done = False
    d._log = []
    d.unused_data = b''
    d.unconsumed_tail = b''
    d.eof = False
    if wbits < 40:
        d._start(b'')
    return d


class _ZlibDecompressor:
    """Create a decompressor object for decompressing data incrementally."""

    def __init__(self, wbits=MAX_WBITS, zdict=b''):
        self._d = decompressobj(wbits, zdict)
        self._pending = b''
        self.eof = False
        self.unused_data = b''
        self.needs_input = True

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("End of stream already reached")
        data = self._pending + bytes(_buffer(data))
        out = self._d.decompress(data, max_length if max_length > 0 else 0)
        if max_length == 0:
            out = b''
        self._pending = self._d.unconsumed_tail
        self.eof = self._d.eof
        if self.eof:
            self.unused_data = self._d.unused_data
            self.needs_input = False
        else:
            self.needs_input = not self._pending
        return out


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module
