"""plistlib for pydive: Apple property lists in both encodings, XML and binary ("bplist00").

Output bytes and parsed values follow CPython 3.12's plistlib.  The design here is pydive's:
the XML side is a small streaming emitter plus a builder fed by
xml.etree.ElementTree.XMLParser (pydive has no expat); the binary side numbers every object
in one iterative walk and then writes the object table, offset table and trailer.
"""

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads",
           "dumps", "UID"]

import binascii
import codecs
import datetime
import enum
import re
from io import BytesIO


class PlistFormat(enum.Enum):
    FMT_XML = 1
    FMT_BINARY = 2


FMT_XML = PlistFormat.FMT_XML
FMT_BINARY = PlistFormat.FMT_BINARY


class UID:
    """A reference to an object of a keyed archive (binary plists only)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data < 0:
            raise ValueError("UIDs must be positive")
        if data >> 64:
            raise ValueError("UIDs cannot be >= 2**64")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return f"{type(self).__name__}({self.data!r})"

    def __reduce__(self):
        return type(self), (self.data,)

    def __eq__(self, other):
        if isinstance(other, UID):
            return other.data == self.data
        return NotImplemented

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        super().__init__(message)


def _checked_pairs(mapping, sort_keys, skipkeys):
    # the (key, value) pairs a dict is written with; non-string keys are dropped or refused
    pairs = sorted(mapping.items()) if sort_keys else mapping.items()
    for pair in pairs:
        if isinstance(pair[0], str):
            yield pair
        elif not skipkeys:
            raise TypeError("keys must be strings")


# == XML =======================================================================================

PLISTHEADER = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
               b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
               b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')

# C0 controls other than tab, newline and carriage return cannot go into an XML string
_FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

# year, then optionally -month, -day, Thour, :minute, :second, always closed by Z
_ISO_STAMP = re.compile(r"(?P<Y>\d{4})(?:-(?P<M>\d\d)(?:-(?P<D>\d\d)"
                        r"(?:T(?P<h>\d\d)(?::(?P<m>\d\d)(?::(?P<s>\d\d))?)?)?)?)?Z", re.ASCII)


def _xml_text(s):
    if _FORBIDDEN_CHARS.search(s):
        raise ValueError("strings can't contain control characters; use bytes instead")
    for old, new in (("\r\n", "\n"), ("\r", "\n"), ("&", "&amp;"), ("<", "&lt;"),
                     (">", "&gt;")):
        s = s.replace(old, new)
    return s


def _stamp_of(when):
    return (f"{when.year:04d}-{when.month:02d}-{when.day:02d}"
            f"T{when.hour:02d}:{when.minute:02d}:{when.second:02d}Z")


def _parse_stamp(text):
    fields = []
    for part in _ISO_STAMP.match(text).groupdict().values():
        if part is None:
            break
        fields.append(int(part))
    return datetime.datetime(*fields)


class _XmlEmitter:
    """Writes one value as plist XML, one element per line, tab indented."""

    TAB_WIDTH = 8

    def __init__(self, out, sort_keys=True, skipkeys=False):
        self.out = out
        self.depth = 0
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def write(self, value):
        self.out.write(PLISTHEADER)
        self.put(b'<plist version="1.0">')
        self.emit(value)
        self.put(b"</plist>")

    def put(self, raw):
        self.out.write(b"\t" * self.depth + raw + b"\n")

    def leaf(self, tag, text=None):
        if text is None:
            self.put(f"<{tag}/>".encode())
        else:
            self.put(f"<{tag}>{_xml_text(text)}</{tag}>".encode("utf-8"))

    def emit(self, value):
        if isinstance(value, str):
            return self.leaf("string", value)
        if value is True or value is False:
            return self.leaf("true" if value else "false")
        if isinstance(value, int):
            if not (-(1 << 63) <= value < (1 << 64)):
                raise OverflowError(value)
            return self.leaf("integer", str(int(value)))
        if isinstance(value, float):
            return self.leaf("real", repr(value))
        if isinstance(value, dict):
            return self.emit_dict(value)
        if isinstance(value, (bytes, bytearray)):
            return self.emit_data(value)
        if isinstance(value, datetime.datetime):
            return self.leaf("date", _stamp_of(value))
        if isinstance(value, (tuple, list)):
            return self.emit_array(value)
        raise TypeError("unsupported type: %s" % type(value))

    def emit_dict(self, mapping):
        if not mapping:
            return self.leaf("dict")
        self.put(b"<dict>")
        self.depth += 1
        for key, item in _checked_pairs(mapping, self.sort_keys, self.skipkeys):
            self.leaf("key", key)
            self.emit(item)
        self.depth -= 1
        self.put(b"</dict>")

    def emit_array(self, items):
        if not items:
            return self.leaf("array")
        self.put(b"<array>")
        self.depth += 1
        for item in items:
            self.emit(item)
        self.depth -= 1
        self.put(b"</array>")

    def emit_data(self, blob):
        # base64 lines sit at the <data> element's own depth; their width shrinks with the
        # indentation (a tab counted as 8 columns) but never below 16
        width = max(16, 76 - self.TAB_WIDTH * self.depth)
        step = width // 4 * 3
        self.put(b"<data>")
        for start in range(0, len(blob), step):
            self.put(binascii.b2a_base64(blob[start:start + step], newline=False))
        self.put(b"</data>")


class _XmlBuilder:
    """The target of an XMLParser: turns plist elements into Python values."""

    def __init__(self, dict_type):
        self.make_dict = dict_type
        self.open = []          # the dicts and lists still being filled
        self.key = None         # a <key> waiting for its value
        self.result = None
        self.chunks = []
        self.on_start = {"dict": self.start_dict, "array": self.start_array}
        self.on_end = {
            "dict": self.end_dict, "array": self.end_array, "key": self.end_key,
            "true": lambda: self.place(True), "false": lambda: self.place(False),
            "integer": self.end_integer, "real": lambda: self.place(float(self.text())),
            "string": lambda: self.place(self.text()),
            "data": lambda: self.place(binascii.a2b_base64(self.text().encode("utf-8"))),
            "date": lambda: self.place(_parse_stamp(self.text())),
        }

    def run(self, stream):
        from xml.etree.ElementTree import XMLParser
        document = stream.read()
        if b"<!ENTITY" in document:
            raise InvalidFileException("XML entity declarations are not supported in plist "
                                       "files")
        if document.startswith(codecs.BOM_UTF8):
            document = document[len(codecs.BOM_UTF8):]     # the parser wants no BOM
        reader = XMLParser(target=self)
        reader.feed(document)
        reader.close()
        return self.result

    # -- XMLParser target protocol
    def start(self, tag, attrib):
        self.chunks = []
        action = self.on_start.get(tag)
        if action:
            action()

    def end(self, tag):
        action = self.on_end.get(tag)
        if action:
            action()

    def data(self, text):
        self.chunks.append(text)

    def close(self):
        return self.result

    # -- building
    def text(self):
        joined = "".join(self.chunks)
        self.chunks = []
        return joined

    def place(self, value):
        if self.key is not None:
            holder = self.open[-1]
            if not isinstance(holder, dict):
                raise ValueError("unexpected element")
            holder[self.key] = value
            self.key = None
            return
        if not self.open:
            self.result = value
            return
        holder = self.open[-1]
        if not isinstance(holder, list):
            raise ValueError("unexpected element")
        holder.append(value)

    def start_dict(self):
        fresh = self.make_dict()
        self.place(fresh)
        self.open.append(fresh)

    def start_array(self):
        fresh = []
        self.place(fresh)
        self.open.append(fresh)

    def end_dict(self):
        if self.key:
            raise ValueError("missing value for key '%s'" % self.key)
        self.open.pop()

    def end_array(self):
        self.open.pop()

    def end_key(self):
        if self.key or not isinstance(self.open[-1], dict):
            raise ValueError("unexpected key")
        self.key = self.text()

    def end_integer(self):
        digits = self.text()
        base = 16 if digits[:2] in ("0x", "0X") else 10
        self.place(int(digits, base))


def _looks_like_xml(head):
    starts = (b"<?xml", b"<plist")
    if head.startswith(starts):
        return True
    for mark, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                        (codecs.BOM_UTF16_LE, "utf-16-le")):
        if head.startswith(mark):
            return any(head.startswith(mark + s.decode("ascii").encode(codec)) for s in starts)
    return False


# == binary ====================================================================================

_MAGIC = b"bplist00"
_EPOCH_2001 = datetime.datetime(2001, 1, 1)
_LOG2 = {1: 0, 2: 1, 4: 2, 8: 3}


def _width_for(n):
    # the fewest of 1, 2, 4 or 8 bytes that hold the unsigned number n
    for width in (1, 2, 4):
        if n >> (8 * width) == 0:
            return width
    return 8


def _int_record(n):
    if n < 0:
        if n < -(1 << 63):
            raise OverflowError(n)
        return b"\x13" + n.to_bytes(8, "big", signed=True)
    if n >> 63 == 0:
        width = _width_for(n)
        return bytes((0x10 | _LOG2[width],)) + n.to_bytes(width, "big")
    if n >> 64 == 0:
        return b"\x14" + n.to_bytes(16, "big", signed=True)
    raise OverflowError(n)


def _header(marker, count):
    # a type marker with the element count in its low nibble, or 0xF and an int record
    if count < 15:
        return bytes((marker | count,))
    return bytes((marker | 0xF,)) + _int_record(count)


# values that share one table entry when equal; everything else is shared only by identity
_BY_VALUE = (str, int, float, datetime.datetime, bytes)


def _identity(obj):
    if isinstance(obj, _BY_VALUE):
        return (type(obj), obj)
    return id(obj)


class _BplistWriter:
    def __init__(self, out, sort_keys=True, skipkeys=False):
        self.out = out
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def write(self, root):
        self.number_objects(root)
        self.ref_width = _width_for(len(self.table))
        out = self.out
        out.write(_MAGIC)
        positions = []
        for obj in self.table:
            positions.append(out.tell())
            out.write(self.encode(obj))
        table_at = out.tell()
        pos_width = _width_for(table_at)
        out.write(b"".join(p.to_bytes(pos_width, "big") for p in positions))
        out.write(bytes(6) + bytes((pos_width, self.ref_width))
                  + len(self.table).to_bytes(8, "big") + bytes(8)   # the root is object 0
                  + table_at.to_bytes(8, "big"))

    def number_objects(self, root):
        # depth first, a container before its members, a dict's keys before its values
        self.table = []
        self.number = {}
        todo = [root]
        while todo:
            obj = todo.pop()
            ident = _identity(obj)
            if ident in self.number:
                continue
            self.number[ident] = len(self.table)
            self.table.append(obj)
            if isinstance(obj, dict):
                pairs = list(self.pairs(obj))
                members = [k for k, _ in pairs] + [v for _, v in pairs]
            elif isinstance(obj, (list, tuple)):
                members = list(obj)
            else:
                continue
            todo.extend(reversed(members))

    def pairs(self, mapping):
        return _checked_pairs(mapping, self.sort_keys, self.skipkeys)

    def refs(self, objs):
        w = self.ref_width
        return b"".join(self.number[_identity(o)].to_bytes(w, "big") for o in objs)

    def encode(self, obj):
        if obj is None:
            return b"\x00"
        if obj is False:
            return b"\x08"
        if obj is True:
            return b"\x09"
        if isinstance(obj, int):
            return _int_record(obj)
        if isinstance(obj, float):
            return b"\x23" + _pack_double(obj)
        if isinstance(obj, datetime.datetime):
            return b"\x33" + _pack_double((obj - _EPOCH_2001).total_seconds())
        if isinstance(obj, (bytes, bytearray)):
            return _header(0x40, len(obj)) + bytes(obj)
        if isinstance(obj, str):
            if obj.isascii():
                return _header(0x50, len(obj)) + obj.encode("ascii")
            wide = obj.encode("utf-16be")
            return _header(0x60, len(wide) // 2) + wide
        if isinstance(obj, UID):
            n = obj.data
            if n < 0:
                raise ValueError("UIDs must be positive")
            if n >> 64:
                raise OverflowError(obj)
            width = _width_for(n)
            return bytes((0x80 | (width - 1),)) + n.to_bytes(width, "big")
        if isinstance(obj, (list, tuple)):
            return _header(0xA0, len(obj)) + self.refs(obj)
        if isinstance(obj, dict):
            pairs = list(self.pairs(obj))
            return (_header(0xD0, len(pairs)) + self.refs(k for k, _ in pairs)
                    + self.refs(v for _, v in pairs))
        raise TypeError(obj)


def _pack_double(x):
    import struct
    return struct.pack(">d", x)


class _BplistReader:
    """Decodes a binary plist; any malformation surfaces as InvalidFileException."""

    def __init__(self, dict_type):
        self.make_dict = dict_type

    def run(self, stream):
        try:
            return self.decode_file(stream)
        except (OSError, IndexError, OverflowError, ValueError):
            raise InvalidFileException() from None

    def decode_file(self, stream):
        self.src = stream
        stream.seek(-32, 2)
        tail = stream.read(32)
        if len(tail) != 32:
            raise InvalidFileException()
        pos_width, self.ref_width = tail[6], tail[7]
        count = int.from_bytes(tail[8:16], "big")
        root = int.from_bytes(tail[16:24], "big")
        stream.seek(int.from_bytes(tail[24:32], "big"))
        self.positions = self.numbers(count, pos_width)
        self.done = {}
        return self.value(root)

    def take(self, n):
        got = self.src.read(n)
        if len(got) != n:
            raise InvalidFileException()
        return got

    def numbers(self, count, width):
        if not width:
            raise InvalidFileException()
        raw = self.take(width * count)
        return [int.from_bytes(raw[i:i + width], "big") for i in range(0, len(raw), width)]

    def length(self, low):
        if low != 0xF:
            return low
        size_marker = self.src.read(1)[0]
        return int.from_bytes(self.take(1 << (size_marker & 3)), "big")

    def value(self, ref):
        if ref in self.done:
            return self.done[ref]
        self.src.seek(self.positions[ref])
        marker = self.src.read(1)[0]
        kind, low = marker >> 4, marker & 0xF
        if kind == 0xA:
            members = self.numbers(self.length(low), self.ref_width)
            result = self.done[ref] = []
            result.extend(self.value(m) for m in members)
            return result
        if kind == 0xD:
            n = self.length(low)
            keys = self.numbers(n, self.ref_width)
            items = self.numbers(n, self.ref_width)
            result = self.done[ref] = self.make_dict()
            try:
                for k, v in zip(keys, items):
                    result[self.value(k)] = self.value(v)
            except TypeError:
                raise InvalidFileException() from None
            return result
        result = self.done[ref] = self.scalar(kind, low)
        return result

    def scalar(self, kind, low):
        src = self.src
        if kind == 0x0:
            simple = {0x0: None, 0x8: False, 0x9: True, 0xF: b""}
            if low in simple:
                return simple[low]
        elif kind == 0x1:
            return int.from_bytes(src.read(1 << low), "big", signed=low >= 3)
        elif kind == 0x2 and low in (2, 3):
            import struct
            return struct.unpack(">f" if low == 2 else ">d", self.take(1 << low))[0]
        elif kind == 0x3 and low == 3:
            import struct
            seconds = struct.unpack(">d", self.take(8))[0]
            return _EPOCH_2001 + datetime.timedelta(seconds=seconds)
        elif kind == 0x4:
            return self.take(self.length(low))
        elif kind == 0x5:
            return self.take(self.length(low)).decode("ascii")
        elif kind == 0x6:
            return self.take(2 * self.length(low)).decode("utf-16be")
        elif kind == 0x8:
            return UID(int.from_bytes(src.read(low + 1), "big"))
        raise InvalidFileException()


# == entry points ==============================================================================

_READERS = {FMT_XML: _XmlBuilder, FMT_BINARY: _BplistReader}
_WRITERS = {FMT_XML: _XmlEmitter, FMT_BINARY: _BplistWriter}


def _sniff(head):
    if _looks_like_xml(head):
        return FMT_XML
    if head[:8] == _MAGIC:
        return FMT_BINARY
    raise InvalidFileException()


def load(fp, *, fmt=None, dict_type=dict):
    """Read a .plist file (a readable binary file object); the format is detected when
    fmt is None."""
    if fmt is None:
        fmt = _sniff(fp.read(32))
        fp.seek(0)
    return _READERS[fmt](dict_type).run(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """Read a .plist from a bytes object."""
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write `value` to a .plist file (a writable binary file object)."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ValueError("Unsupported format: %r" % (fmt,))
    writer(fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """`value` as a .plist, in bytes."""
    sink = BytesIO()
    dump(value, sink, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return sink.getvalue()
