"""bz2 for pydive: bzip2 (de)compression through libbz2 itself (the native `_pydive_bz2`,
built from libbz2 1.0.8's C sources), so compressed bytes equal CPython's.

BZ2Compressor/BZ2Decompressor keep the unconsumed input, `eof`, `unused_data` and
`needs_input` as CPython's _bz2 objects do; BZ2File and open() read and write .bz2 files.
"""

__all__ = ["BZ2File", "BZ2Compressor", "BZ2Decompressor", "open", "compress", "decompress"]

import _pydive_bz2 as _native
from _compression import CompressedFile as _CompressedFile, open_file as _open_file, \
    check_open_args as _check_open_args, StreamCompressor as _StreamCompressor, \
    StreamDecompressor as _StreamDecompressor


class BZ2Compressor(_StreamCompressor):
    """Incremental compressor: compress() pieces, then flush() once."""

    _native = _native

    def __init__(self, compresslevel=9, /):
        if not isinstance(compresslevel, int):
            raise TypeError(f"'{type(compresslevel).__name__}' object cannot be "
                            "interpreted as an integer")
        self._h = _native.comp_new(compresslevel)
        self._flushed = False


BZ2Compressor.__module__ = "_bz2"


class BZ2Decompressor(_StreamDecompressor):
    """Incremental decompressor of one bzip2 stream."""

    _native = _native

    def __init__(self):
        self._h = _native.decomp_new()
        self._start()

    def _step(self, data, max_length):
        out, used, eof = _native.decomp(self._h, data, max_length)
        return out, used, eof, 0 <= max_length <= len(out)


BZ2Decompressor.__module__ = "_bz2"


def compress(data, compresslevel=9):
    """Compress a block of data in one go."""
    comp = BZ2Compressor(compresslevel)
    return comp.compress(data) + comp.flush()


def decompress(data):
    """Decompress a block of data: every stream in it, one after another."""
    results = []
    data = memoryview(data).tobytes()
    while data:
        decomp = BZ2Decompressor()
        try:
            res = decomp.decompress(data)
        except OSError:
            if results:
                break  # trailing garbage after a valid stream is ignored
            raise
        results.append(res)
        if not decomp.eof:
            raise ValueError("Compressed data ended before the "
                             "end-of-stream marker was reached")
        data = decomp.unused_data
    return b"".join(results)


class BZ2File(_CompressedFile):
    """A file object over a bzip2-compressed file (several streams are read one after the
    other)."""

    def __init__(self, filename, mode="r", *, compresslevel=9):
        if not (1 <= compresslevel <= 9):
            raise ValueError("compresslevel must be between 1 and 9")
        self._setup(filename, mode, lambda: BZ2Compressor(compresslevel), decompress)


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """A BZ2File in binary mode, or an io.TextIOWrapper over one in text mode."""
    _check_open_args(mode, encoding, errors, newline)
    bz_mode = mode.replace("t", "")
    return _open_file(BZ2File(filename, bz_mode, compresslevel=compresslevel), mode,
                      encoding, errors, newline)
