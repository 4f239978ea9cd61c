"""
Read and write ZIP files.

XXX references to utf-8 need further investigation.
"""

# pydive's zipfile: stored and deflated members (deflate through lib/zlib.py, zlib's own
# C code, so archives are byte for byte CPython's), on seekable files and BytesIO. A
# member is compressed whole and its local header written once with the final sizes and
# CRC (CPython writes it, then rewrites it in place: the same bytes in the end). No
# encryption, no bzip2/lzma, no zipfile.Path.

import binascii
import io
import os
import shutil
import stat
import struct
import sys
import time
import zlib

crc32 = zlib.crc32

__all__ = ["BadZipFile", "BadZipfile", "error",
           "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           ]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """
    Raised when writing a zipfile, the zipfile requires ZIP64 extensions
    and those extensions are disabled.
    """


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
    12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

# The three records this module reads and writes (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16).
_LOCAL = struct.Struct("<4s2B4HL2L2H")          # local file header, 30 bytes
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")      # central directory entry, 46 bytes
_END = struct.Struct("<4s4H2LH")                # end of central directory, 22 bytes
_LOCAL_SIG = b"PK\003\004"
_CENTRAL_SIG = b"PK\001\002"
_END_SIG = b"PK\005\006"
_END64_LOCATOR_SIG = b"PK\x06\x07"
_END64_SIG = b"PK\x06\x06"

_UTF8_FLAG = 0x800
_DESCRIPTOR_FLAG = 0x08
_ENCRYPTED_FLAG = 0x01


def _fold_name(name):
    name = name.split('\0', 1)[0]
    if os.sep != '/':
        name = name.replace(os.sep, '/')
    return name


class ZipInfo(object):
    """Class with attributes describing each file in the ZIP archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system',
                 'create_version', 'extract_version', 'reserved', 'flag_bits',
                 'volume', 'internal_attr', 'external_attr', 'header_offset',
                 'CRC', 'compress_size', 'file_size', '_raw_time', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        self.filename = _fold_name(filename)
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None
        self.header_offset = 0
        self.CRC = 0

    def __repr__(self):
        out = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            out.append(' compress_type=%s' % compressor_names.get(self.compress_type,
                                                                  self.compress_type))
        mode, low = self.external_attr >> 16, self.external_attr & 0xFFFF
        if mode:
            out.append(' filemode=%r' % stat.filemode(mode))
        if low:
            out.append(' external_attr=%#x' % low)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            out.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            out.append(' compress_size=%r' % self.compress_size)
        out.append('>')
        return ''.join(out)

    def _dos_stamp(self):
        y, mo, d, h, mi, s = self.date_time[:6]
        return h << 11 | mi << 5 | s // 2, (y - 1980) << 9 | mo << 5 | d

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _UTF8_FLAG

    def FileHeader(self, zip64=None):
        """Return the per-file header as a bytes object."""
        dostime, dosdate = self._dos_stamp()
        if self.flag_bits & _DESCRIPTOR_FLAG:
            crc = csize = size = 0
        else:
            crc, csize, size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        need = 0
        if zip64 is None:
            zip64 = size > ZIP64_LIMIT or csize > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack('<HHQQ', 1, 16, size, csize)
            size = csize = 0xffffffff
            need = ZIP64_VERSION
        self.extract_version = max(need, self.extract_version)
        self.create_version = max(need, self.create_version)
        name, flags = self._encodeFilenameFlags()
        head = _LOCAL.pack(_LOCAL_SIG, self.extract_version, self.reserved, flags,
                           self.compress_type, dostime, dosdate, crc, csize, size,
                           len(name), len(extra))
        return head + name + extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """Construct an appropriate ZipInfo for a file on the filesystem."""
        filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        name = filename if arcname is None else arcname
        name = os.path.normpath(os.path.splitdrive(name)[1]).lstrip(os.sep)
        if isdir:
            name += '/'
        info = cls(name, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        """Return True if this archive member is a directory."""
        return self.filename.endswith('/')


def _find_end(fp):
    """(end record fields + comment, offset of the record) or None."""
    fp.seek(0, 2)
    size = fp.tell()
    # the record is at the very end unless the archive has a comment (up to 64 KiB)
    back = min(size, _END.size + ZIP_MAX_COMMENT)
    fp.seek(size - back)
    tail = fp.read()
    at = tail.rfind(_END_SIG)
    while at >= 0:
        rec = tail[at:at + _END.size]
        if len(rec) == _END.size:
            fields = _END.unpack(rec)
            comment = tail[at + _END.size:at + _END.size + fields[7]]
            return fields, comment, size - back + at
        at = tail.rfind(_END_SIG, 0, at)
    return None


def _is_zip(fp):
    try:
        return _find_end(fp) is not None
    except OSError:
        return False


def is_zipfile(filename):
    """Quickly see if a file is a ZIP file by checking the magic number.

    The filename argument may be a file or file-like object too.
    """
    try:
        if hasattr(filename, "read"):
            return _is_zip(filename)
        with open(filename, "rb") as fp:
            return _is_zip(fp)
    except OSError:
        return False


class ZipExtFile(io.BytesIO):
    """File-like object for reading an archive member (its bytes, inflated)."""

    def __init__(self, data, zipinfo, mode='r'):
        super().__init__(data)
        self.name = zipinfo.filename
        self.mode = mode
        self._info = zipinfo

    def __repr__(self):
        return '<zipfile.ZipExtFile name=%r mode=%r>' % (self.name, self.mode)

    def seekable(self):
        return True


class _ZipWriteFile(io.BufferedIOBase):
    """ZipFile.open(name, 'w'): collects the member's bytes, writes it on close."""

    def __init__(self, zf, zinfo):
        self._zf = zf
        self._info = zinfo
        self._parts = []
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def writable(self):
        return True

    def write(self, data):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data).tobytes()
            n = len(data)
        self._parts.append(bytes(data))
        return n

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self._zf._store(self._info, b''.join(self._parts))
        finally:
            self._zf._writing = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _compress(info, data):
    if info.compress_type == ZIP_STORED:
        return data
    if info.compress_type == ZIP_DEFLATED:
        level = info._compresslevel
        c = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                             zlib.DEFLATED, -15)
        return c.compress(data) + c.flush()
    raise NotImplementedError("pydive does not support the %s zip compression yet"
                              % compressor_names.get(info.compress_type, info.compress_type))


def _check_method(method):
    if method in (ZIP_STORED, ZIP_DEFLATED):
        return
    if method in (ZIP_BZIP2, ZIP_LZMA):
        raise NotImplementedError("pydive does not support the %s zip compression yet"
                                  % compressor_names[method])
    raise NotImplementedError("That compression method is not supported")


class ZipFile:
    """ Class with methods to open, read, write, close, list zip files.

    z = ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=True,
                compresslevel=None)
    """

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_method(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            how = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}[mode]
            try:
                self.fp = io.open(file, how)
            except OSError:
                if mode != 'a':
                    raise
                mode = self.mode = 'w'
                self.fp = io.open(file, 'w+b')
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.start_dir = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # not an archive: the new one goes after what the file holds
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        out = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                out.append(' file=%r' % self.fp)
            elif self.filename is not None:
                out.append(' filename=%r' % self.filename)
            out.append(' mode=%r' % self.mode)
        else:
            out.append(' [closed]')
        out.append('>')
        return ''.join(out)

    # ---- reading the directory ----

    def _decode_name(self, raw, flags):
        if flags & _UTF8_FLAG:
            return raw.decode('utf-8')
        enc = self.metadata_encoding or 'cp437'
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            return raw.decode('latin-1')

    def _read_directory(self):
        fp = self.fp
        try:
            found = _find_end(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not found:
            raise BadZipFile("File is not a zip file")
        fields, comment, end_at = found
        _, disk, _, count, total, size, offset, _ = fields
        self._comment = comment
        # the archive may follow other data (a self-extractor's stub): shift offsets
        concat = end_at - size - offset
        self.start_dir = offset + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(size)
        pos = 0
        while pos < size:
            rec = data[pos:pos + _CENTRAL.size]
            if len(rec) != _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            c = _CENTRAL.unpack(rec)
            if c[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL.size
            nlen, elen, clen = c[12], c[13], c[14]
            raw = data[pos:pos + nlen]
            pos += nlen
            info = ZipInfo(self._decode_name(raw, c[5]))
            info.extra = data[pos:pos + elen]
            pos += elen
            info.comment = data[pos:pos + clen]
            pos += clen
            (info.create_version, info.create_system, info.extract_version,
             info.reserved, info.flag_bits, info.compress_type, t, d, info.CRC,
             info.compress_size, info.file_size) = c[1:12]
            info.volume, info.internal_attr, info.external_attr = c[15], c[16], c[17]
            info.header_offset = c[18] + concat
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" %
                                          (info.extract_version / 10))
            info._raw_time = t
            info.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                              t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
        for a, b in zip(self.filelist, self.filelist[1:] + [None]):
            a._end_offset = b.header_offset if b is not None else self.start_dir

    # ---- queries ----

    def namelist(self):
        """Return a list of file names in the archive."""
        return [i.filename for i in self.filelist]

    def infolist(self):
        """Return a list of class ZipInfo instances for files in the
        archive."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of contents for the zip file."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for i in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % i.date_time[:6]
            print("%-46s %s %12d" % (i.filename, stamp, i.file_size), file=file)

    def testzip(self):
        """Read all the files and check the CRC."""
        for i in self.filelist:
            try:
                self.read(i.filename)
            except BadZipFile:
                return i.filename

    def getinfo(self, name):
        """Return the instance of ZipInfo given 'name'."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        """Set default password for encrypted files."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The comment text associated with the ZIP file."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    # ---- reading members ----

    def _member_bytes(self, info):
        fp = self.fp
        fp.seek(info.header_offset)
        head = fp.read(_LOCAL.size)
        if len(head) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        h = _LOCAL.unpack(head)
        if h[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        raw = fp.read(h[10])
        fp.read(h[11])
        if h[3] & _ENCRYPTED_FLAG:
            raise NotImplementedError("pydive does not support encrypted zip members yet")
        name = self._decode_name(raw, h[3])
        if name != info.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (info.orig_filename, raw))
        data = fp.read(info.compress_size)
        if info.compress_type == ZIP_STORED:
            plain = data
        elif info.compress_type == ZIP_DEFLATED:
            d = zlib.decompressobj(-15)
            plain = d.decompress(data) + d.flush()
        else:
            _check_method(info.compress_type)
        if len(plain) != info.file_size and not info.is_dir():
            raise BadZipFile("Bad CRC-32 for file %r" % info.filename)
        if zlib.crc32(plain) != info.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % info.filename)
        return plain

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """Return file-like object for 'name'."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            if self._writing:
                raise ValueError("Can't open file for writing while another "
                                 "write handle exists.")
            self._writecheck(info)
            self._writing = True
            return _ZipWriteFile(self, info)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        return ZipExtFile(self._member_bytes(info), info)

    def read(self, name, pwd=None):
        """Return file bytes for name."""
        with self.open(name, "r", pwd) as f:
            return f.read()

    def extract(self, member, path=None, pwd=None):
        """Extract a member from the archive to the current working directory,
           using its full name. Its file information is extracted as accurately
           as possible. `member' may be a filename or a ZipInfo object. You can
           specify a different directory using `path'.
        """
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members from the archive to the current working
           directory. `path' specifies a different directory to extract to.
           `members' is optional and must be a subset of the list returned
           by namelist().
        """
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for m in members:
            self._extract_member(m, path, pwd)

    def _extract_member(self, member, target, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        parts = [p for p in info.filename.replace('/', os.sep).split(os.sep)
                 if p not in ('', os.curdir, os.pardir)]
        rel = os.sep.join(parts)
        if not rel:
            raise ValueError("Empty filename.")
        dest = os.path.normpath(os.path.join(target, rel))
        parent = os.path.dirname(dest)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(dest):
                os.mkdir(dest)
            return dest
        data = self._member_bytes(info)
        with io.open(dest, "wb") as out:
            out.write(data)
        return dest

    # ---- writing ----

    def _writecheck(self, info):
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_method(info.compress_type)
        if not self._allowZip64 and len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile("Files count would require ZIP64 extensions")

    def _store(self, info, data):
        """Write member `info` with plain bytes `data` at the end of the members."""
        body = _compress(info, data)
        info.flag_bits = 0
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        info.file_size = len(data)
        info.compress_size = len(body)
        info.CRC = zlib.crc32(data)
        zip64 = self._allowZip64 and len(data) * 1.05 > ZIP64_LIMIT
        if not zip64 and not self._allowZip64 and (
                info.file_size > ZIP64_LIMIT or info.compress_size > ZIP64_LIMIT):
            raise LargeZipFile("File size too large, try using allowZip64")
        self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell()
        self._didModify = True
        self.fp.write(info.FileHeader(zip64))
        self.fp.write(body)
        self.start_dir = self.fp.tell()
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the bytes from filename into the archive under the name
        arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        info = ZipInfo.from_file(filename, arcname,
                                 strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        self._writecheck(info)
        with io.open(filename, "rb") as src:
            data = src.read()
        self._store(info, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Write a file into the archive.  The contents is 'data', which
        may be either a 'str' or a 'bytes' instance; if it is a 'str',
        it is encoded as UTF-8 first.
        'zinfo_or_arcname' is either a ZipInfo instance or
        the name of the file in the archive."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.filename.endswith('/'):
                info.external_attr = 0o40775 << 16
                info.external_attr |= 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        self._writecheck(info)
        self._store(info, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Creates a directory inside the zip archive."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name)
            info.compress_size = 0
            info.CRC = 0
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell()
        self._writecheck(info)
        self._didModify = True
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info
        self.fp.write(info.FileHeader(False))
        self.start_dir = self.fp.tell()

    def _write_directory(self):
        fp = self.fp
        fp.seek(self.start_dir)
        for info in self.filelist:
            dostime, dosdate = info._dos_stamp()
            name, flags = info._encodeFilenameFlags()
            rec = _CENTRAL.pack(
                _CENTRAL_SIG, info.create_version, info.create_system,
                info.extract_version, info.reserved, flags, info.compress_type,
                dostime, dosdate, info.CRC, info.compress_size, info.file_size,
                len(name), len(info.extra), len(info.comment), 0,
                info.internal_attr, info.external_attr, info.header_offset)
            fp.write(rec + name + info.extra + info.comment)
        end = fp.tell()
        n = len(self.filelist)
        fp.write(_END.pack(_END_SIG, 0, 0, n, n, end - self.start_dir,
                           self.start_dir, len(self._comment)))
        fp.write(self._comment)
        if self.mode == 'a':
            fp.truncate()
        fp.flush()

    def close(self):
        """Close the file, and for mode 'w', 'x' and 'a' write the ending
        records."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class PyZipFile(ZipFile):
    """Class to create ZIP archives with Python library files and packages."""

    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("pydive does not support PyZipFile.writepy yet")
