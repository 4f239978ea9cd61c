"""Shared pieces of pydive's bz2 and lzma modules: the file object over a compressed stream
(`CompressedFile`: reads decompress the whole stream once into a BytesIO, writes go through
a compressor), and argument checks. CPython's _compression module streams through a
DecompressReader instead; what a program sees is the same."""

import builtins
import io
import os

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE

_READ, _WRITE, _CLOSED = 1, 2, 0


class _NativeStream:
    """A (de)compressor's native stream handle `_h` in the module `_native`, freed once."""

    _native = None

    def _release(self):
        h, self._h = getattr(self, "_h", None), None
        if h is not None:
            self._native.free(h)

    def __reduce__(self):
        # C types name their module in the message: '_bz2.BZ2Compressor'
        cls = type(self)
        raise TypeError(f"cannot pickle '{cls.__module__}.{cls.__qualname__}' object")

    def __del__(self):
        self._release()


class StreamCompressor(_NativeStream):
    """An incremental compressor: compress() pieces, then flush() once. bz2's and lzma's
    compressors are this plus how they start their stream."""

    def compress(self, data, /):
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        return self._native.comp(self._h, memoryview(data).tobytes(), False)

    def flush(self):
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        out = self._native.comp(self._h, b"", True)
        self._release()
        return out


class StreamDecompressor(_NativeStream):
    """An incremental decompressor of one stream: the input not consumed yet waits in
    `_buf`; at the stream's end what follows it is `unused_data`. Subclasses give `_step`
    (one native call: output, bytes used, end reached, output limit hit) and the message of
    a call after the end."""

    _after_end = "End of stream already reached"

    def _start(self):
        self._buf = b""
        self._eof = False
        self._unused = b""
        self._needs_input = True

    @property
    def eof(self):
        return self._eof

    @property
    def unused_data(self):
        return self._unused

    @property
    def needs_input(self):
        return self._needs_input

    def _step(self, data, max_length):
        raise NotImplementedError

    def decompress(self, data, max_length=-1):
        if self._eof:
            raise EOFError(self._after_end)
        data = self._buf + memoryview(data).tobytes()
        out, used, eof, limited = self._step(data, max_length)
        rest = data[used:]
        if eof:
            self._eof = True
            self._needs_input = False
            self._unused = rest
            self._buf = b""
            self._release()
        else:
            self._buf = rest
            self._needs_input = not rest and not limited
        return out


class BaseStream(io.BufferedIOBase):
    """Mode checks shared by the compressed file classes."""

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation("File not open for writing")

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation("Seeking is only supported "
                                          "on files open for reading")
        if not self.seekable():
            raise io.UnsupportedOperation("The underlying file object "
                                          "does not support seeking")


class CompressedFile(BaseStream):
    """A binary file over one compressed stream (or several, one after another)."""

    def _setup(self, filename, mode, make_compressor, decompress_all):
        self._fp = None
        self._closefp = False
        self._mode = _CLOSED
        if mode in ("", "r", "rb"):
            mode = "rb"
            mode_code = _READ
        elif mode in ("w", "wb"):
            mode = "wb"
            mode_code = _WRITE
        elif mode in ("x", "xb"):
            mode = "xb"
            mode_code = _WRITE
        elif mode in ("a", "ab"):
            mode = "ab"
            mode_code = _WRITE
        else:
            raise ValueError(f"Invalid mode: {mode!r}")
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = builtins.open(filename, mode)
            self._closefp = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._mode = mode_code
        self._decompress_all = decompress_all
        self._plain = None
        self._pos = 0
        if mode_code == _WRITE:
            self._compressor = make_compressor()

    def _load(self):
        if self._plain is None:
            self._plain = io.BytesIO(self._decompress_all(self._fp.read()))
        return self._plain

    def close(self):
        if self._mode == _CLOSED:
            return
        try:
            if self._mode == _WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._closefp:
                    self._fp.close()
            finally:
                self._fp = None
                self._closefp = False
                self._mode = _CLOSED
                self._plain = None

    @property
    def closed(self):
        return self._mode == _CLOSED

    @property
    def name(self):
        self._check_not_closed()
        return self._fp.name

    @property
    def mode(self):
        return "wb" if self._mode == _WRITE else "rb"

    def fileno(self):
        self._check_not_closed()
        return self._fp.fileno()

    def seekable(self):
        return self.readable() and self._fp.seekable()

    def readable(self):
        self._check_not_closed()
        return self._mode == _READ

    def writable(self):
        self._check_not_closed()
        return self._mode == _WRITE

    def peek(self, n=0):
        self._check_can_read()
        f = self._load()
        here = f.tell()
        data = f.read(max(n, 1) if n > 0 else BUFFER_SIZE)
        f.seek(here)
        return data

    def read(self, size=-1):
        self._check_can_read()
        return self._load().read(-1 if size is None else size)

    def read1(self, size=-1):
        self._check_can_read()
        if size < 0:
            size = BUFFER_SIZE
        return self._load().read(size)

    def readinto(self, b):
        self._check_can_read()
        return self._load().readinto(b)

    def readline(self, size=-1):
        self._check_can_read()
        if not isinstance(size, int):
            if not hasattr(size, "__index__"):
                raise TypeError("Integer argument expected")
            size = size.__index__()
        return self._load().readline(size)

    def readlines(self, size=-1):
        self._check_can_read()
        return self._load().readlines(size)

    def __iter__(self):
        self._check_can_read()
        return iter(self._load())

    def write(self, data):
        self._check_can_write()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        compressed = self._compressor.compress(data)
        self._fp.write(compressed)
        self._pos += length
        return length

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_can_seek()
        return self._load().seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        if self._mode == _READ:
            return self._load().tell()
        return self._pos


def open_file(binary_file, mode, encoding, errors, newline):
    """The text-mode wrapper of `binary_file` (bz2.open / lzma.open with 't')."""
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def check_open_args(mode, encoding, errors, newline):
    if "t" in mode:
        if "b" in mode:
            raise ValueError(f"Invalid mode: {mode!r}")
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
