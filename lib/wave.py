"""Read and write WAV files of uncompressed PCM samples (pydive).

open(f, mode) gives a Wave_read ('r'/'rb') or a Wave_write ('w'/'wb').  Frames are raw
little-endian bytes, as in CPython's module (WAVE_FORMAT_PCM, and WAVE_FORMAT_EXTENSIBLE
with the PCM sub-format when reading).
"""

import builtins
import struct
import sys
import collections

__all__ = ["open", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001
WAVE_FORMAT_EXTENSIBLE = 0xfffe
KSDATAFORMAT_SUBTYPE_PCM = b"\x01\x00\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x008\x9bq"

_wave_params = collections.namedtuple("_wave_params",
                          "nchannels sampwidth framerate nframes comptype compname")


def _swap_bytes(data, width):
    """Samples of `width` bytes in the other byte order (big-endian hosts)."""
    data = bytes(data)
    return b"".join(data[i:i + width][::-1] for i in range(0, len(data), width))


def _read_exact(f, n):
    data = f.read(n)
    if len(data) < n:
        raise EOFError
    return data


class Wave_read:
    """A WAV file opened for reading."""

    def __init__(self, f):
        self._owned = None
        if isinstance(f, str):
            f = builtins.open(f, "rb")
            self._owned = f
        try:
            self.initfp(f)
        except:
            if self._owned:
                f.close()
            raise

    def initfp(self, file):
        self._file = file
        self._soundpos = 0
        try:
            riff = _read_exact(file, 4)
            _read_exact(file, 4)
        except EOFError:
            raise EOFError from None
        if riff != b"RIFF":
            raise Error("file does not start with RIFF id")
        if file.read(4) != b"WAVE":
            raise Error("not a WAVE file")
        have_fmt = False
        self._data = None
        while True:
            head = file.read(8)
            if len(head) < 8:
                break
            name, size = head[:4], struct.unpack("<L", head[4:])[0]
            if name == b"fmt ":
                body = file.read(size)
                self._parse_fmt(body)
                have_fmt = True
                if size & 1:
                    file.read(1)
            elif name == b"data":
                if not have_fmt:
                    raise Error("data chunk before fmt chunk")
                self._data = file.read(size)
                self._nframes = size // self._framesize
                break
            else:
                file.read(size + (size & 1))
        if not have_fmt or self._data is None:
            raise Error("fmt chunk and/or data chunk missing")

    def _parse_fmt(self, body):
        if len(body) < 16:
            raise EOFError
        tag, self._nchannels, self._framerate, _, _, bits = struct.unpack_from("<HHLLHH", body)
        if tag not in (WAVE_FORMAT_PCM, WAVE_FORMAT_EXTENSIBLE):
            raise Error("unknown format: %r" % (tag,))
        if tag == WAVE_FORMAT_EXTENSIBLE:
            if len(body) < 40:
                raise EOFError
            subformat = body[24:40]
            if subformat != KSDATAFORMAT_SUBTYPE_PCM:
                try:
                    import uuid
                    message = f"unknown extended format: {uuid.UUID(bytes_le=subformat)}"
                except Exception:
                    message = "unknown extended format"
                raise Error(message)
        self._sampwidth = (bits + 7) // 8
        if not self._sampwidth:
            raise Error("bad sample width")
        if not self._nchannels:
            raise Error("bad # of channels")
        self._framesize = self._sampwidth * self._nchannels
        self._comptype = "NONE"
        self._compname = "not compressed"

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._soundpos = 0

    def close(self):
        self._file = None
        owned, self._owned = getattr(self, "_owned", None), None
        if owned:
            owned.close()

    def tell(self):
        return self._soundpos

    def getnchannels(self):
        return self._nchannels

    def getnframes(self):
        return self._nframes

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def getparams(self):
        return _wave_params(self.getnchannels(), self.getsampwidth(), self.getframerate(),
                            self.getnframes(), self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error("no marks")

    def setpos(self, pos):
        if not 0 <= pos <= self._nframes:
            raise Error("position not in range")
        self._soundpos = pos

    def readframes(self, nframes):
        if self._file is None:
            raise ValueError("I/O operation on closed file")
        if nframes == 0:
            return b""
        start = self._soundpos * self._framesize
        chunk = self._data[start:start + max(nframes, 0) * self._framesize] \
            if nframes > 0 else self._data[start:]
        if self._sampwidth != 1 and sys.byteorder == "big":
            chunk = _swap_bytes(chunk, self._sampwidth)
        self._soundpos += len(chunk) // self._framesize
        return chunk


class Wave_write:
    """A WAV file opened for writing; the header is written with the first frames (or at
    close) and its lengths are patched when more or fewer frames were written."""

    def __init__(self, f):
        self._owned = None
        if isinstance(f, str):
            f = builtins.open(f, "wb")
            self._owned = f
        self.initfp(f)

    def initfp(self, file):
        self._file = file
        self._nchannels = self._sampwidth = self._framerate = 0
        self._nframes = 0
        self._nframeswritten = 0
        self._datawritten = 0
        self._datalength = 0
        self._headerwritten = False
        self._comptype = "NONE"
        self._compname = "not compressed"

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _unlocked(self):
        if self._datawritten:
            raise Error("cannot change parameters after starting to write")

    def setnchannels(self, count):
        self._unlocked()
        if count < 1:
            raise Error("bad # of channels")
        self._nchannels = count

    def getnchannels(self):
        if not self._nchannels:
            raise Error("number of channels not set")
        return self._nchannels

    def setsampwidth(self, width):
        self._unlocked()
        if not 1 <= width <= 4:
            raise Error("bad sample width")
        self._sampwidth = width

    def getsampwidth(self):
        if not self._sampwidth:
            raise Error("sample width not set")
        return self._sampwidth

    def setframerate(self, rate):
        self._unlocked()
        if rate <= 0:
            raise Error("bad frame rate")
        self._framerate = int(round(rate))

    def getframerate(self):
        if not self._framerate:
            raise Error("frame rate not set")
        return self._framerate

    def setnframes(self, count):
        self._unlocked()
        self._nframes = count

    def getnframes(self):
        return self._nframeswritten

    def setcomptype(self, kind, name):
        self._unlocked()
        if kind != "NONE":
            raise Error("unsupported compression type")
        self._comptype, self._compname = kind, name

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def setparams(self, params):
        channels, width, rate, frames, kind, name = params
        self._unlocked()
        self.setnchannels(channels)
        self.setsampwidth(width)
        self.setframerate(rate)
        self.setnframes(frames)
        self.setcomptype(kind, name)

    def getparams(self):
        if not (self._nchannels and self._sampwidth and self._framerate):
            raise Error("not all parameters set")
        return _wave_params(*(getattr(self, "_" + f) for f in _wave_params._fields))

    def setmark(self, id, pos, name, /):
        raise Error("setmark() not supported")

    def getmark(self, id):
        raise Error("no marks")

    def getmarkers(self):
        return None

    def tell(self):
        return self.getnframes()

    def writeframesraw(self, data):
        if type(data) not in (bytes, bytearray):
            data = memoryview(data).cast("B")
        self._header(len(data))
        frames = len(data) // (self._sampwidth * self._nchannels)
        if self._sampwidth != 1 and sys.byteorder == "big":
            data = _swap_bytes(data, self._sampwidth)
        self._file.write(data)
        self._datawritten = self._datawritten + len(data)
        self._nframeswritten += frames

    def writeframes(self, data):
        self.writeframesraw(data)
        self._patch()

    def close(self):
        try:
            if getattr(self, "_file", None):
                self._header(0)
                self._patch()
                self._file.flush()
        finally:
            self._file = None
            owned, self._owned = getattr(self, "_owned", None), None
            if owned:
                owned.close()

    def _header(self, first_size):
        if self._headerwritten:
            return
        for value, what in ((self._nchannels, "# channels"),
                            (self._sampwidth, "sample width"),
                            (self._framerate, "sampling rate")):
            if not value:
                raise Error(what + " not specified")
        frame = self._nchannels * self._sampwidth
        if not self._nframes:
            self._nframes = first_size // frame
        self._datalength = self._nframes * frame
        self._file.write(b"RIFF")
        try:
            self._riff_size_at = self._file.tell()
        except (AttributeError, OSError):
            self._riff_size_at = None
        self._file.write(struct.pack("<L4s4sLHHLLHH4s", 36 + self._datalength, b"WAVE",
                                     b"fmt ", 16, WAVE_FORMAT_PCM, self._nchannels,
                                     self._framerate, self._framerate * frame, frame,
                                     self._sampwidth * 8, b"data"))
        if self._riff_size_at is not None:
            self._data_size_at = self._file.tell()
        self._file.write(struct.pack("<L", self._datalength))
        self._headerwritten = True

    def _patch(self):
        if self._datalength == self._datawritten:
            return
        here = self._file.tell()
        self._file.seek(self._riff_size_at, 0)
        self._file.write(struct.pack("<L", 36 + self._datawritten))
        self._file.seek(self._data_size_at, 0)
        self._file.write(struct.pack("<L", self._datawritten))
        self._file.seek(here, 0)
        self._datalength = self._datawritten


def open(f, mode=None):
    if mode is None:
        mode = getattr(f, "mode", "rb")
    if mode in ("r", "rb"):
        return Wave_read(f)
    if mode in ("w", "wb"):
        return Wave_write(f)
    raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
