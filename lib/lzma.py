"""lzma for pydive: .xz and legacy .lzma (de)compression through liblzma itself (the native
`_pydive_lzma`, built from the C sources lzma-sys bundles), so compressed bytes equal
CPython's. FORMAT_RAW and custom filter chains are not supported yet (NotImplementedError).
"""

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256",
    "CHECK_ID_MAX", "CHECK_UNKNOWN",
    "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64",
    "FILTER_ARM", "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC",
    "FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE", "FORMAT_RAW",
    "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4",
    "MODE_FAST", "MODE_NORMAL", "PRESET_DEFAULT", "PRESET_EXTREME",
    "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
    "open", "compress", "decompress", "is_check_supported",
]

import _pydive_lzma as _native
from _compression import CompressedFile as _CompressedFile, open_file as _open_file, \
    check_open_args as _check_open_args, StreamCompressor as _StreamCompressor, \
    StreamDecompressor as _StreamDecompressor

FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW = 0, 1, 2, 3
CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256 = 0, 1, 4, 10
CHECK_ID_MAX, CHECK_UNKNOWN = 15, 16
FILTER_LZMA1 = 0x4000000000000001
FILTER_LZMA2 = 0x21
FILTER_DELTA = 0x03
FILTER_X86 = 0x04
FILTER_POWERPC = 0x05
FILTER_IA64 = 0x06
FILTER_ARM = 0x07
FILTER_ARMTHUMB = 0x08
FILTER_SPARC = 0x09
MF_HC3, MF_HC4, MF_BT2, MF_BT3, MF_BT4 = 0x03, 0x04, 0x12, 0x13, 0x14
MODE_FAST, MODE_NORMAL = 1, 2
PRESET_DEFAULT = 6
PRESET_EXTREME = 0x80000000


class LZMAError(Exception):
    """Call to liblzma failed."""


LZMAError.__module__ = "_lzma"
_native._set_error(LZMAError)


def is_check_supported(check_id, /):
    return check_id in (CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256)


def _no_filters(filters):
    if filters is not None:
        raise NotImplementedError("pydive does not support lzma custom filter chains yet")


class LZMACompressor(_StreamCompressor):
    """Incremental compressor: compress() pieces, then flush() once."""

    _native = _native

    def __init__(self, format=FORMAT_XZ, check=-1, preset=None, filters=None):
        if format != FORMAT_XZ and check not in (-1, CHECK_NONE):
            raise ValueError("Integrity checks are only supported by FORMAT_XZ")
        if preset is not None and filters is not None:
            raise ValueError("Cannot specify both preset and filter chain")
        if format == FORMAT_RAW and filters is None:
            raise ValueError("Must specify filters for FORMAT_RAW")
        if format not in (FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError(f"Invalid container format: {format}")
        _no_filters(filters)
        self._h = _native.comp_new(format, check, PRESET_DEFAULT if preset is None else preset)
        self._flushed = False


LZMACompressor.__module__ = "_lzma"


class LZMADecompressor(_StreamDecompressor):
    """Incremental decompressor of one .xz or .lzma stream."""

    _native = _native
    _after_end = "Already at end of stream"

    def __init__(self, format=FORMAT_AUTO, memlimit=None, filters=None):
        if memlimit is not None and format == FORMAT_RAW:
            raise ValueError("Cannot specify memory limit with FORMAT_RAW")
        if format == FORMAT_RAW and filters is None:
            raise ValueError("Must specify filters for FORMAT_RAW")
        if format != FORMAT_RAW and filters is not None:
            raise ValueError("Cannot specify filters except with FORMAT_RAW")
        if format not in (FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError(f"Invalid container format: {format}")
        _no_filters(filters)
        self._format = format
        self._h = _native.decomp_new(format, -1 if memlimit is None else memlimit)
        self._start()
        self._check = CHECK_NONE if format == FORMAT_ALONE else CHECK_UNKNOWN
        self._head = b""

    @property
    def check(self):
        return self._check

    def _learn_check(self, data):
        # the .xz stream header: 6 magic bytes, then flags whose low nibble is the check
        if self._check != CHECK_UNKNOWN or self._format == FORMAT_ALONE:
            return
        self._head = (self._head + data)[:8]
        if len(self._head) >= 8:
            if self._head.startswith(b"\xfd7zXZ\x00"):
                self._check = self._head[7] & 0x0F
            else:
                self._check = CHECK_NONE

    def _step(self, data, max_length):
        self._learn_check(data)
        return _native.decomp(self._h, data, max_length)


LZMADecompressor.__module__ = "_lzma"


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """Compress a block of data in one go."""
    comp = LZMACompressor(format, check, preset, filters)
    return comp.compress(data) + comp.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """Decompress a block of data: every stream in it, one after another."""
    results = []
    data = memoryview(data).tobytes()
    while True:
        decomp = LZMADecompressor(format, memlimit, filters)
        try:
            res = decomp.decompress(data)
        except LZMAError:
            if results:
                break  # trailing garbage after a valid stream is ignored
            raise
        results.append(res)
        if not decomp.eof:
            raise LZMAError("Compressed data ended before the "
                            "end-of-stream marker was reached")
        data = decomp.unused_data
        if not data:
            break
    return b"".join(results)


class LZMAFile(_CompressedFile):
    """A file object over an .xz or .lzma file (several streams are read one after the
    other)."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1, preset=None,
                 filters=None):
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check "
                                 "when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression "
                                 "level when opening a file for reading")
            if format is None:
                format = FORMAT_AUTO
        elif format is None:
            format = FORMAT_XZ
        self._setup(filename, mode,
                    lambda: LZMACompressor(format, check, preset, filters),
                    lambda data: decompress(data, format, None, filters) if data else b"")


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """An LZMAFile in binary mode, or an io.TextIOWrapper over one in text mode."""
    _check_open_args(mode, encoding, errors, newline)
    lz_mode = mode.replace("t", "")
    return _open_file(LZMAFile(filename, lz_mode, format=format, check=check, preset=preset,
                               filters=filters), mode, encoding, errors, newline)
