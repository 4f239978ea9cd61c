"""Read and write tar archives (pydive's tarfile).

ustar, GNU and pax (the default) headers, plain and gzip-compressed archives ('r', 'r:*',
'r:', 'r:gz', 'w', 'w:', 'w:gz', 'x', 'x:gz', 'a'), the extraction filters of CPython 3.12
('data', 'tar', 'fully_trusted'). Header bytes are those CPython writes for the same member.
Stream modes ('r|', 'w|') work on seekable files only; bz2 and xz archives are not supported
(CompressionError), nor are GNU sparse members.
"""

import copy
import os
import stat
import struct
import sys
import time
import warnings

_builtin_open = open

__all__ = [
    "TarFile",
    "TarInfo",
    "open",
    "is_tarfile",
    "ENCODING",
    "DEFAULT_FORMAT",
    "PAX_FORMAT",
    "GNU_FORMAT",
    "USTAR_FORMAT",
    "TarError",
    "ReadError",
    "HeaderError",
    "StreamError",
    "ExtractError",
    "CompressionError",
    "FilterError",
    "SpecialFileError",
    "AbsolutePathError",
    "AbsoluteLinkError",
    "OutsideDestinationError",
    "LinkOutsideDestinationError",
    "data_filter",
    "tar_filter",
    "fully_trusted_filter",
]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = 20 * BLOCKSIZE
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = 2  # PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE,
                   CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = set(PAX_FIELDS[:2] + PAX_FIELDS[-2:])
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int,
                     "gid": int, "size": int}

ENCODING = sys.getfilesystemencoding()  # the names' encoding


class TarError(Exception): """Base exception."""
class ExtractError(TarError): """Extraction failed."""
class ReadError(TarError): """Not a readable archive."""
class CompressionError(TarError): """Compression unavailable."""
class StreamError(TarError): """Not for stream archives."""
class HeaderError(TarError): """A bad header block."""
class EmptyHeaderError(HeaderError): pass
class TruncatedHeaderError(HeaderError): pass
class EOFHeaderError(HeaderError): pass
class InvalidHeaderError(HeaderError): pass
class SubsequentHeaderError(HeaderError): pass
class FilterError(TarError): pass


class _MemberError(FilterError):
    # what an extraction filter refuses: the member and a message about it
    _text = "%r"

    def __init__(self, tarinfo, *where):
        self.tarinfo = tarinfo
        if where:
            self._path = where[0]
        super().__init__(self._text % ((tarinfo.name,) + where))


class AbsolutePathError(_MemberError): _text = "member %r has an absolute path"
class OutsideDestinationError(_MemberError):
    _text = "%r would be extracted to %r, which is outside the destination"
class SpecialFileError(_MemberError): _text = "%r is a special file"
class AbsoluteLinkError(_MemberError): _text = "%r is a link to an absolute path"
class LinkOutsideDestinationError(_MemberError):
    _text = "%r would link to %r, which is outside the destination"


# -- header fields ----------------------------------------------------------------------------

# (field, width, text?) of a ustar header block, in order; the checksum (148..156) and type
# byte (156) sit between mtime and linkname, magic/version (257..265) before uname
_LAYOUT = (("name", 100, True), ("mode", 8, False), ("uid", 8, False), ("gid", 8, False),
           ("size", 12, False), ("mtime", 12, False), ("chksum", 8, None), ("type", 1, None),
           ("linkname", 100, True), ("magic", 8, None), ("uname", 32, True),
           ("gname", 32, True), ("devmajor", 8, False), ("devminor", 8, False),
           ("prefix", 155, True))

def stn(s, length, encoding, errors):
    """str -> NUL-padded bytes field of `length` bytes."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)
    return raw[:length].ljust(length, NUL)


def nts(s, encoding, errors):
    """NUL-terminated bytes field -> str."""
    end = s.find(NUL)
    return (s if end < 0 else s[:end]).decode(encoding, errors)


def nti(s):
    """Number field -> int: octal text, or GNU base-256 after a 0o200/0o377 lead byte."""
    lead = s[0]
    if lead == 0o200 or lead == 0o377:
        value = int.from_bytes(s[1:], "big")
        if lead == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        text = nts(s, "ascii", "strict").strip()
        return int(text or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """int -> number field of `digits` bytes (octal digits and NUL; base-256 for GNU)."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return ("%0*o" % (digits - 1, n)).encode("ascii") + NUL
    limit = 256 ** (digits - 1)
    if format == GNU_FORMAT and -limit <= n < limit:
        if n >= 0:
            return bytearray([0o200]) + n.to_bytes(digits - 1, "big")
        return bytearray([0o377]) + (256 ** digits + n).to_bytes(digits, "big")[1:]
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """(unsigned, signed) header sums, the checksum field counted as spaces."""
    head = buf[:148]
    tail = buf[156:512]
    unsigned = 256 + sum(head) + sum(tail)
    signed = unsigned - 256 * (sum(1 for b in head if b > 127) + sum(1 for b in tail if b > 127))
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy `length` bytes (all if None) from src to dst."""
    step = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        while True:
            chunk = src.read(step)
            if not chunk:
                return
            dst.write(chunk)
    left = length
    while left > 0:
        chunk = src.read(min(step, left))
        if len(chunk) < min(step, left):
            raise exception("unexpected end of data")
        dst.write(chunk)
        left -= len(chunk)


def _round_up(count):
    return -(-count // BLOCKSIZE) * BLOCKSIZE


def _pad(payload):
    extra = len(payload) % BLOCKSIZE
    return payload + NUL * (BLOCKSIZE - extra) if extra else payload


# -- extraction filters ------------------------------------------------------------------------

def _filter_changes(member, dest, for_data):
    changes = {}
    name = member.name
    dest = os.path.realpath(dest)
    if name.startswith(("/", os.sep)):
        name = changes["name"] = member.path.lstrip("/" + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    where = os.path.realpath(os.path.join(dest, name))
    if os.path.commonpath([where, dest]) != dest:
        raise OutsideDestinationError(member, where)
    mode = member.mode
    if mode is not None:
        mode &= 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111
                mode |= 0o600
            elif member.isdir() or member.issym():
                mode = None
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes["mode"] = mode
    if for_data:
        for field in ("uid", "gid", "uname", "gname"):
            if getattr(member, field) is not None:
                changes[field] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                where = os.path.join(dest, os.path.dirname(name), member.linkname)
            else:
                where = os.path.join(dest, member.linkname)
            where = os.path.realpath(where)
            if os.path.commonpath([where, dest]) != dest:
                raise LinkOutsideDestinationError(member, where)
    return changes


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    changes = _filter_changes(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    changes = _filter_changes(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter,
                  "data": data_filter}

_KEEP = object()


class TarInfo(object):
    """One archive member: the fields of its header block."""

    __slots__ = dict(
        name="Name of the archive member.",
        mode="Permission bits.",
        uid="User ID of the user who originally stored this member.",
        gid="Group ID of the user who originally stored this member.",
        size="Size in bytes.",
        mtime="Time of last modification.",
        chksum="Header checksum.",
        type="File type.",
        linkname="Name of the target file name.",
        uname="User name.",
        gname="Group name.",
        devmajor="Device major number.",
        devminor="Device minor number.",
        offset="The tar header starts here.",
        offset_data="The file's data starts here.",
        pax_headers="A dictionary of the member's pax extended header.",
        sparse="Sparse member information.",
        tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = self.gname = ""
        self.devmajor = self.devminor = 0
        self.offset = self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    @property
    def path(self):
        'In pax headers, "name" is called "path".'
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        'In pax headers, "linkname" is called "linkpath".'
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP,
                uid=_KEEP, gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True, _KEEP=_KEEP):
        """A copy (deep unless deep=False) with the given fields changed."""
        other = copy.deepcopy(self) if deep else copy.copy(self)
        for field, value in (("name", name), ("mtime", mtime), ("mode", mode),
                             ("linkname", linkname), ("uid", uid), ("gid", gid),
                             ("uname", uname), ("gname", gname)):
            if value is not _KEEP:
                setattr(other, field, value)
        return other

    def get_info(self):
        """The header fields as a dict."""
        info = {field: getattr(self, field) for field in (
            "name", "mode", "uid", "gid", "size", "mtime", "chksum", "type", "linkname",
            "uname", "gname", "devmajor", "devminor")}
        if info["mode"] is not None:
            info["mode"] &= 0o7777
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The member's header block(s)."""
        info = self.get_info()
        for field, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % field)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        if format in (USTAR_FORMAT, GNU_FORMAT):
            maker = self.create_gnu_header if format else self.create_ustar_header
            return maker(info, encoding, errors)
        raise ValueError("invalid format")

    @staticmethod
    def _longer(info, field, encoding, errors, limit):
        return len(info[field].encode(encoding, errors)) > limit

    def create_ustar_header(self, info, encoding, errors):
        if self._longer(info, "linkname", encoding, errors, LENGTH_LINK):
            raise ValueError("linkname is too long")
        if self._longer(info, "name", encoding, errors, LENGTH_NAME):
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        info["magic"] = POSIX_MAGIC
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        out = b""
        for field, kind, limit in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                                   ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if self._longer(info, field, encoding, errors, limit):
                out += self._create_gnu_long_header(info[field], kind, encoding, errors)
        info["magic"] = GNU_MAGIC
        return out + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        extra = dict(self.pax_headers)
        info.update(magic=POSIX_MAGIC)
        # text fields that are not ASCII or too long go to the pax header
        for field, key, width in (("name", "path", LENGTH_NAME),
                                  ("linkname", "linkpath", LENGTH_LINK),
                                  ("uname", "uname", 32), ("gname", "gname", 32)):
            if key in extra:
                continue
            value = info[field]
            if not value.isascii() or len(value) > width:
                extra[key] = value
        # numbers out of the field's range, and floats (rounded in the ustar block)
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[field]
            whole = round(value) if isinstance(value, float) else value
            wanted = False
            if not 0 <= whole < 8 ** (digits - 1):
                info[field] = 0
                wanted = True
            elif isinstance(value, float):
                info[field] = whole
                wanted = True
            if wanted and field not in extra:
                extra[field] = str(value)
        head = self._create_pax_generic_header(extra, XHDTYPE, encoding) if extra else b""
        return head + TarInfo._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        parts = name.split("/")
        for cut in range(1, len(parts)):
            head = "/".join(parts[:cut])
            rest = "/".join(parts[cut:])
            if (len(head.encode(encoding, errors)) <= LENGTH_PREFIX
                    and len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return head, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        kind = info.get("type", REGTYPE)
        if kind is None:
            raise ValueError("TarInfo.type must not be None")
        devices = kind in (CHRTYPE, BLKTYPE)
        pieces = []
        for field, width, text in _LAYOUT:
            if field == "chksum":
                pieces.append(b" " * width)  # counted as spaces, filled in below
            elif field == "type":
                pieces.append(kind)
            elif field == "magic":
                pieces.append(info.get("magic", POSIX_MAGIC))
            elif field.startswith("dev") and not devices:
                pieces.append(NUL * width)
            elif text:
                pieces.append(stn(info.get(field, ""), width, encoding, errors))
            else:
                value = info.get(field, 0)
                if field == "mode":
                    value &= 0o7777
                pieces.append(itn(value, width, format))
        block = bytes(b"".join(pieces)[:BLOCKSIZE]).ljust(BLOCKSIZE, NUL)
        total = calc_chksums(block)[0]
        return block[:148] + ("%06o" % total).encode("ascii") + b"\0 " + block[156:]

    @staticmethod
    def _create_payload(payload):
        return _pad(payload)

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data),
                "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + _pad(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        binary = False
        for value in pax_headers.values():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = [b"21 hdrcharset=BINARY\n"] if binary else []
        for key, value in pax_headers.items():
            k = key.encode("utf-8")
            v = value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")
            # the record's length counts its own decimal digits
            body = len(k) + len(v) + 3
            size = body + len(str(body))
            while body + len(str(size)) != size:
                size = body + len(str(size))
            records.append(b"%d %s=%s\n" % (size, k, v))
        data = b"".join(records)
        info = {"name": "././@PaxHeader", "type": type, "size": len(data),
                "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + _pad(data)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """The TarInfo of a 512-byte header block."""
        if not buf:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        total = nti(buf[148:156])
        if total not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        fields = {}
        at = 0
        for field, width, text in _LAYOUT:
            piece = buf[at:at + width]
            at += width
            if text:
                fields[field] = nts(piece, encoding, errors)
            elif text is False:
                fields[field] = nti(piece)
        prefix = fields.pop("prefix")
        for field, value in fields.items():
            setattr(obj, field, value)
        obj.chksum = total
        obj.type = buf[156:157]
        if obj.type == GNUTYPE_SPARSE:
            raise InvalidHeaderError("pydive: GNU sparse members are not supported")
        if obj.type in (AREGTYPE, DIRTYPE) and obj.name[-1:] == "/":
            # a directory: V7 archives mark it by the slash alone
            obj.type = DIRTYPE
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = "/".join((prefix, obj.name))
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member read from `tarfile`'s file."""
        source = tarfile.fileobj
        member = cls.frombuf(source.read(BLOCKSIZE), tarfile.encoding, tarfile.errors)
        member.offset = source.tell() - BLOCKSIZE
        return member._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            step = self._proc_pax
        elif self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            step = self._proc_gnulong
        else:
            step = self._proc_builtin
        return step(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        after = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            after += self._block(self.size)
        tarfile.offset = after
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _proc_gnulong(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        try:
            following = self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None
        following.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            following.name = nts(data, tarfile.encoding, tarfile.errors)
        else:
            following.linkname = nts(data, tarfile.encoding, tarfile.errors)
        if following.isdir():
            following.name = following.name.removesuffix("/")
        return following

    def _proc_pax(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        if self.type == XGLTYPE:
            headers = tarfile.pax_headers
        else:
            headers = dict(tarfile.pax_headers)
        records = []
        at = 0
        while True:
            space = data.find(b" ", at)
            if space <= at or not data[at:space].isdigit():
                break
            equal = data.find(b"=", space + 1)
            if equal < 0:
                break
            length = int(data[at:space])
            if length == 0:
                raise InvalidHeaderError("invalid header")
            records.append((data[space + 1:equal], data[equal + 1:at + length - 1]))
            at += length
        for key, value in records:
            if key == b"hdrcharset":
                headers["hdrcharset"] = value.decode("utf-8")
        name_encoding = tarfile.encoding if headers.get("hdrcharset") == "BINARY" else "utf-8"
        for key, value in records:
            key = self._decode_pax_field(key, "utf-8", "utf-8", tarfile.errors)
            wanted = name_encoding if key in PAX_NAME_FIELDS else "utf-8"
            fallback = tarfile.encoding if key in PAX_NAME_FIELDS else "utf-8"
            headers[key] = self._decode_pax_field(value, wanted, fallback, tarfile.errors)
        try:
            following = self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            following._apply_pax_info(headers, tarfile.encoding, tarfile.errors)
            following.offset = self.offset
            if "size" in headers:
                after = following.offset_data
                if following.isreg() or following.type not in SUPPORTED_TYPES:
                    after += following._block(following.size)
                tarfile.offset = after
        return following

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for key, value in pax_headers.items():
            if key not in PAX_FIELDS:
                continue
            if key in PAX_NUMBER_FIELDS:
                try:
                    value = PAX_NUMBER_FIELDS[key](value)
                except ValueError:
                    value = 0
            if key == "path":
                value = value.rstrip("/")
            setattr(self, key, value)
        self.pax_headers = dict(pax_headers)

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        try:
            return value.decode(encoding, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        return _round_up(count)

    def issparse(self):
        return self.sparse is not None


# TarInfo's type tests: method name -> the type bytes it accepts
for _test, _kinds in (("isreg", REGULAR_TYPES), ("isfile", REGULAR_TYPES),
                      ("isdir", (DIRTYPE,)), ("issym", (SYMTYPE,)), ("islnk", (LNKTYPE,)),
                      ("ischr", (CHRTYPE,)), ("isblk", (BLKTYPE,)), ("isfifo", (FIFOTYPE,)),
                      ("isdev", (CHRTYPE, BLKTYPE, FIFOTYPE))):
    def _make(kinds):
        def test(self):
            return self.type in kinds
        return test
    _f = _make(_kinds)
    _f.__name__ = _f.__qualname__ = _test
    _f.__qualname__ = "TarInfo." + _test
    setattr(TarInfo, _test, _f)
del _test, _kinds, _make, _f


class ExFileObject:
    """A member's data, read from the archive as a binary file."""

    def __init__(self, tarfile, tarinfo):
        self._source = tarfile.fileobj
        self._start = tarinfo.offset_data
        self._size = tarinfo.size
        self._pos = 0
        self.name = tarinfo.name
        self.mode = "rb"
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return False

    def seekable(self):
        self._check()
        return True

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            target = pos
        elif whence == 1:
            target = self._pos + pos
        elif whence == 2:
            target = self._size + pos
        else:
            raise ValueError("Invalid argument")
        if target < 0:
            raise ValueError("negative seek value %d" % target)
        self._pos = min(target, self._size) if whence == 1 or whence == 2 else target
        return self._pos

    def read(self, size=-1):
        self._check()
        left = max(self._size - self._pos, 0)
        count = left if size is None or size < 0 else min(size, left)
        if count == 0:
            return b""
        self._source.seek(self._start + self._pos)
        data = self._source.read(count)
        if len(data) != count:
            raise ReadError("unexpected end of data")
        self._pos += count
        return data

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        start = self._pos
        line = b""
        while size is None or size < 0 or len(line) < size:
            chunk = self.read(256)
            if not chunk:
                break
            line += chunk
            cut = line.find(b"\n")
            if cut >= 0:
                line = line[:cut + 1]
                break
        if size is not None and size >= 0:
            line = line[:size]
        self._pos = start + len(line)
        return line

    def readlines(self, hint=-1):
        return list(self)

    def peek(self, size=0):
        here = self._pos
        data = self.read(max(size, 1))
        self._pos = here
        return data

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<ExFileObject name=%r>" % (self.name,)


def _user_name(uid):
    try:
        import pwd
        return pwd.getpwuid(uid)[0]
    except (ImportError, KeyError):
        return None


def _group_name(gid):
    try:
        import grp
        return grp.getgrgid(gid)[0]
    except (ImportError, KeyError):
        return None


class TarFile(object):
    """A tar archive: its members, read or written."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        file_modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]
        self._extfileobj = bool(fileobj)
        if fileobj:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            self._mode = getattr(fileobj, "mode", self._mode)
        else:
            if mode == "a" and not os.path.exists(name):
                self.mode, self._mode = "w", "wb"  # appending to nothing: a new archive
            fileobj = _builtin_open(name, self._mode)
        self.name = None if not name else os.path.abspath(name)
        self.fileobj = fileobj
        # options left as None keep the class's defaults
        for option, value in (("format", format), ("tarinfo", tarinfo),
                              ("dereference", dereference), ("ignore_zeros", ignore_zeros),
                              ("encoding", encoding), ("debug", debug),
                              ("errorlevel", errorlevel)):
            if value is not None:
                setattr(self, option, value)
        self.errors = errors
        self.pax_headers = pax_headers if pax_headers is not None and \
            self.format == PAX_FORMAT else {}
        self.copybufsize = copybufsize
        self.closed = self._loaded = False
        self.members = []
        self.inodes = {}
        self.offset = fileobj.tell()
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        self.members.append(self.tarinfo.fromtarfile(self))
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e)) from None
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    block = self.tarinfo.create_pax_global_header(dict(self.pax_headers))
                    self.fileobj.write(block)
                    self.offset += len(block)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open a tar archive: mode 'r'/'r:*' (any compression), 'r:', 'r:gz', 'a', 'w',
        'w:', 'w:gz', 'x', 'x:gz' (and 'r|...'/'w|...' on seekable files)."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            failures = []
            for kind in ("gz", "bz2", "xz", "tar"):
                opener = getattr(cls, cls.OPEN_METH[kind])
                here = fileobj.tell() if fileobj is not None else None
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    failures.append("- method %s: %r" % (kind, e))
                    if fileobj is not None:
                        fileobj.seek(here)
            raise ReadError("file could not be opened successfully:\n" + "\n".join(failures))
        for sep in (":", "|"):
            if sep in mode:
                filemode, kind = mode.split(sep, 1)
                filemode = filemode or "r"
                kind = kind or "tar"
                if sep == "|":
                    if filemode not in ("r", "w"):
                        raise ValueError("mode must be 'r' or 'w'")
                    kwargs.pop("compresslevel", None)
                if kind not in cls.OPEN_METH:
                    raise CompressionError("unknown compression type %r" % kind)
                return getattr(cls, cls.OPEN_METH[kind])(name, filemode, fileobj, **kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        from gzip import GzipFile
        try:
            zfile = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        try:
            archive = cls.taropen(name, mode, zfile, **kwargs)
        except OSError as e:
            zfile.close()
            if mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        except BaseException:
            zfile.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def _unsupported(cls, name, mode, fileobj, magic, what, module):
        # pydive has no bz2/lzma: a file that is not one is told apart by its magic number
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        if mode == "r":
            if fileobj is not None:
                head = fileobj.read(len(magic))
            else:
                with _builtin_open(name, "rb") as f:
                    head = f.read(len(magic))
            if head != magic:
                raise ReadError("not a %s file" % what)
        raise CompressionError("%s module is not available" % module)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        return cls._unsupported(name, mode, fileobj, b"BZh", "bzip2", "bz2")

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        return cls._unsupported(name, mode, fileobj, b"\xfd7zXZ\x00", "lzma", "lzma")

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    def close(self):
        """Close the archive; a written one ends with two zero blocks, padded to a record."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (2 * BLOCKSIZE))
                self.offset += 2 * BLOCKSIZE
                extra = self.offset % RECORDSIZE
                if extra:
                    self.fileobj.write(NUL * (RECORDSIZE - extra))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    # -- members ------------------------------------------------------------------------------

    def getmember(self, name):
        """The (last) member called `name`; KeyError if none."""
        found = self._getmember(name.rstrip("/"))
        if found is None:
            raise KeyError("filename %r not found" % name)
        return found

    def getmembers(self):
        """All members, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The members' names, in archive order."""
        return [m.name for m in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for a file on disk (by name or open file object)."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")
        info = self.tarinfo()
        info.tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        elif self.dereference:
            st = os.stat(name)
        else:
            st = os.lstat(name)
        target = ""
        mode = st.st_mode
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            if (not self.dereference and st.st_nlink > 1 and inode in self.inodes
                    and arcname != self.inodes[inode]):
                kind = LNKTYPE
                target = self.inodes[inode]
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind = SYMTYPE
            target = os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None
        info.name = arcname
        info.mode = mode
        info.uid = st.st_uid
        info.gid = st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = target
        user = _user_name(info.uid)
        if user is not None:
            info.uname = user
        group = _group_name(info.gid)
        if group is not None:
            info.gname = group
        if kind in (CHRTYPE, BLKTYPE):
            rdev = getattr(st, "st_rdev", 0)
            info.devmajor = ((rdev >> 8) & 0xFFF) | ((rdev >> 32) & ~0xFFF)
            info.devminor = (rdev & 0xFF) | ((rdev >> 12) & ~0xFF)
        return info

    def list(self, verbose=True, *, members=None):
        """Print the table of contents (ls -l like when verbose)."""
        self._check()
        for info in (self if members is None else members):
            if verbose:
                parts = ["??????????" if info.mode is None else stat.filemode(info.mode),
                         "%s/%s" % (info.uname or info.uid, info.gname or info.gid)]
                if info.ischr() or info.isblk():
                    parts.append("%10s" % ("%d,%d" % (info.devmajor, info.devminor)))
                else:
                    parts.append("%10d" % info.size)
                if info.mtime is None:
                    parts.append("????-??-?? ??:??:??")
                else:
                    parts.append("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(info.mtime)[:6])
                for p in parts:
                    print(p, end=" ")
            print(info.name + ("/" if info.isdir() else ""), end=" ")
            if verbose:
                if info.issym():
                    print("-> " + info.linkname, end=" ")
                if info.islnk():
                    print("link to " + info.linkname, end=" ")
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add a file, directory (recursively, sorted) or link from disk."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            return  # never the archive itself
        info = self.gettarinfo(name, arcname)
        if info is None:
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                return
        if info.isreg():
            with _builtin_open(name, "rb") as f:
                self.addfile(info, f)
        elif info.isdir():
            self.addfile(info)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                             recursive, filter=filter)
        else:
            self.addfile(info)

    def addfile(self, tarinfo, fileobj=None):
        """Write `tarinfo`'s header, then tarinfo.size bytes of `fileobj` if given."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        head = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            extra = tarinfo.size % BLOCKSIZE
            if extra:
                self.fileobj.write(NUL * (BLOCKSIZE - extra))
            self.offset += _round_up(tarinfo.size)
        self.members.append(tarinfo)

    # -- extracting ---------------------------------------------------------------------------

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                warnings.warn(
                    "Python 3.14 will, by default, filter extracted tar archives and reject "
                    "files or modify their metadata. Use the filter argument to control "
                    "this behavior.", DeprecationWarning)
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError(
                    "String names are not supported for TarFile.extraction_filter. Use a "
                    "function such as tarfile.data_filter directly.")
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError("filter %r not found" % (filter,)) from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract every member (or `members`) under `path`; directories get their
        attributes last."""
        dirs = []
        check = self._get_filter_function(filter)
        for member in (self if members is None else members):
            info = self._get_extract_tarinfo(member, check, path)
            if info is None:
                continue
            if info.isdir():
                dirs.append(info)
            self._extract_one(info, path, not info.isdir(), numeric_owner)
        dirs.sort(key=lambda m: m.name, reverse=True)
        for info in dirs:
            where = os.path.join(path, info.name)
            try:
                self.chown(info, where, numeric_owner)
                self.utime(info, where)
                self.chmod(info, where)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract one member (a name or TarInfo) under `path`."""
        check = self._get_filter_function(filter)
        info = self._get_extract_tarinfo(member, check, path)
        if info is not None:
            self._extract_one(info, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, check, path):
        info = self.getmember(member) if isinstance(member, str) else member
        try:
            info = check(info, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if info is None:
            return None
        if info.islnk():
            info = copy.copy(info)
            info._link_target = os.path.join(path, info.linkname)
        return info

    def _extract_one(self, info, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(info, os.path.join(path, info.name), set_attrs,
                                 numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        # ExtractError: raised at errorlevel 2, else only a debug message
        if self.errorlevel > 1:
            raise e
        self._dbg(1, "tarfile: " + str(e))

    def _handle_fatal_error(self, e):
        # OSError and FilterError: raised unless errorlevel is 0
        if self.errorlevel > 0:
            raise e
        if not isinstance(e, OSError):
            text = "%s %s" % (type(e).__name__, e)
        elif e.filename is None:
            text = e.strerror
        else:
            text = "%s %r" % (e.strerror, e.filename)
        self._dbg(1, "tarfile: " + text)

    def extractfile(self, member):
        """A binary file object over a regular member's data (None for directories...)."""
        self._check("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            return self.extractfile(self._find_link_target(info))
        return None

    def _extract_member(self, info, target, set_attrs=True, numeric_owner=False):
        target = target.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.islnk() or info.issym():
            self._dbg(1, "%s -> %s" % (info.name, info.linkname))
        else:
            self._dbg(1, info.name)
        if info.isreg():
            self.makefile(info, target)
        elif info.isdir():
            self.makedir(info, target)
        elif info.isfifo():
            self.makefifo(info, target)
        elif info.ischr() or info.isblk():
            self.makedev(info, target)
        elif info.islnk() or info.issym():
            self.makelink(info, target)
        elif info.type not in SUPPORTED_TYPES:
            self.makeunknown(info, target)
        else:
            self.makefile(info, target)
        if set_attrs:
            self.chown(info, target, numeric_owner)
            if not info.issym():
                self.chmod(info, target)
                self.utime(info, target)

    def makedir(self, tarinfo, targetpath):
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            pass

    def makefile(self, tarinfo, targetpath):
        self.fileobj.seek(tarinfo.offset_data)
        with _builtin_open(targetpath, "wb") as out:
            copyfileobj(self.fileobj, out, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file."
                  % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        raise ExtractError("fifo not supported by system")

    def makedev(self, tarinfo, targetpath):
        raise ExtractError("special devices not supported by system")

    def makelink(self, tarinfo, targetpath):
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except (AttributeError, NotImplementedError, OSError):
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        # pydive's os has no chown: ownership is left as the extracting user's
        return None

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        if tarinfo.mtime is None:
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    # -- reading members ----------------------------------------------------------------------

    def next(self):
        """The next member (None at the end), when reading."""
        self._check("ra")
        if self.firstmember is not None:
            first = self.firstmember
            self.firstmember = None
            return first
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        found = None
        while True:
            try:
                found = self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                import zlib
                if isinstance(e, zlib.error):
                    raise ReadError("zlib error: %s" % e) from None
                raise
            break
        if found is not None:
            self.members.append(found)
        else:
            self._loaded = True
        return found

    def _getmember(self, name, tarinfo=None, normalize=False):
        # the last member called `name`, searching backwards from just before `tarinfo`
        pool = self.getmembers()
        stop_at = None
        if tarinfo is not None:
            if tarinfo in pool:
                pool = pool[:pool.index(tarinfo)]
            else:
                stop_at = tarinfo.offset  # a copy: skip down to the member it was made from
        norm = os.path.normpath if normalize else (lambda text: text)
        wanted = norm(name)
        for candidate in pool[::-1]:
            if stop_at is not None:
                if candidate.offset == stop_at:
                    stop_at = None
                continue
            if norm(candidate.name) == wanted:
                return candidate
        if stop_at is not None:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            # relative to the link's own directory; any earlier or later member
            target = "/".join(p for p in (os.path.dirname(tarinfo.name), tarinfo.linkname) if p)
            found = self._getmember(target, tarinfo=None, normalize=True)
        else:
            target = tarinfo.linkname  # a hard link names an earlier member
            found = self._getmember(target, tarinfo=tarinfo, normalize=True)
        if found is None:
            raise KeyError("linkname %r not found" % target)
        return found

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            index += 1
            yield self.next()
        while True:
            if index < len(self.members):
                member = self.members[index]
            elif not self._loaded:
                member = self.next()
                if not member:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield member

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


def is_tarfile(name):
    """True if `name` (a path or file object) is a tar archive this module can read."""
    try:
        if hasattr(name, "read"):
            here = name.tell()
            archive = open(fileobj=name)
            name.seek(here)
        else:
            archive = open(name)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open
