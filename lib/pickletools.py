"""pickletools for pydive: the pickle opcode table (`opcodes`, with each opcode's argument
reader, stack effect and protocol), genops(), dis() and optimize(), as CPython 3.12 prints
and computes them. dis(annotate=...) needs the opcodes' documentation, which this table does
not carry: it raises NotImplementedError.
"""

import codecs
import io
import re
import sys
from struct import unpack as _unpack

__all__ = ["dis", "genops", "optimize"]

bytes_types = (bytes, bytearray)

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


class ArgumentDescriptor(object):
    __slots__ = ("name", "n", "reader", "doc")

    def __init__(self, name, n, reader, doc=""):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


def read_uint1(f):
    data = f.read(1)
    if data:
        return data[0]
    raise ValueError("not enough data in stream to read uint1")


def read_uint2(f):
    data = f.read(2)
    if len(data) == 2:
        return _unpack("<H", data)[0]
    raise ValueError("not enough data in stream to read uint2")


def read_int4(f):
    data = f.read(4)
    if len(data) == 4:
        return _unpack("<i", data)[0]
    raise ValueError("not enough data in stream to read int4")


def read_uint4(f):
    data = f.read(4)
    if len(data) == 4:
        return _unpack("<I", data)[0]
    raise ValueError("not enough data in stream to read uint4")


def read_uint8(f):
    data = f.read(8)
    if len(data) == 8:
        return _unpack("<Q", data)[0]
    raise ValueError("not enough data in stream to read uint8")


def read_stringnl(f, decode=True, stripquotes=True):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read stringnl")
    data = data[:-1]
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q):
                    raise ValueError("strinq quote %r not found at both ends of %r"
                                     % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = _escape_decode(data).decode("ascii")
    return data


def _escape_decode(data):
    # codecs.escape_decode: Python bytes-literal escapes
    if b"\\" not in data:
        return bytes(data)
    return data.decode("latin-1").encode("latin-1").decode("unicode_escape").encode("latin-1")


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def _read_counted(f, n, what):
    data = f.read(n)
    if len(data) == n:
        return data
    raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, what, len(data)))


def read_string1(f):
    return _read_counted(f, read_uint1(f), "string1").decode("latin-1")


def read_string4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("string4 byte count < 0: %d" % n)
    return _read_counted(f, n, "string4").decode("latin-1")


def read_bytes1(f):
    return _read_counted(f, read_uint1(f), "bytes1")


def read_bytes4(f):
    n = read_uint4(f)
    if n > sys.maxsize:
        raise ValueError("bytes4 byte count > sys.maxsize: %d" % n)
    return _read_counted(f, n, "bytes4")


def read_bytes8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError("bytes8 byte count > sys.maxsize: %d" % n)
    return _read_counted(f, n, "bytes8")


def read_bytearray8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError("bytearray8 byte count > sys.maxsize: %d" % n)
    return bytearray(_read_counted(f, n, "bytearray8"))


def read_unicodestringnl(f):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read unicodestringnl")
    return str(data[:-1], "raw-unicode-escape")


def read_unicodestring1(f):
    return str(_read_counted(f, read_uint1(f), "unicodestring1"), "utf-8", "surrogatepass")


def read_unicodestring4(f):
    n = read_uint4(f)
    if n > sys.maxsize:
        raise ValueError("unicodestring4 byte count > sys.maxsize: %d" % n)
    return str(_read_counted(f, n, "unicodestring4"), "utf-8", "surrogatepass")


def read_unicodestring8(f):
    n = read_uint8(f)
    if n > sys.maxsize:
        raise ValueError("unicodestring8 byte count > sys.maxsize: %d" % n)
    return str(_read_counted(f, n, "unicodestring8"), "utf-8", "surrogatepass")


def read_decimalnl_short(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s.endswith(b"L"):
        raise ValueError("invalid DECIMALNL_SHORT")
    # INT's spelling of the booleans
    if s == b"00":
        return False
    if s == b"01":
        return True
    return int(s)


def read_decimalnl_long(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s[-1:] == b"L":
        s = s[:-1]
    return int(s)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def read_float8(f):
    data = f.read(8)
    if len(data) == 8:
        return _unpack(">d", data)[0]
    raise ValueError("not enough data in stream to read float8")


def read_long1(f):
    n = read_uint1(f)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read long1")
    return int.from_bytes(data, "little", signed=True)


def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read long4")
    return int.from_bytes(data, "little", signed=True)


A = ArgumentDescriptor
uint1 = A("uint1", 1, read_uint1)
uint2 = A("uint2", 2, read_uint2)
int4 = A("int4", 4, read_int4)
uint4 = A("uint4", 4, read_uint4)
uint8 = A("uint8", 8, read_uint8)
stringnl = A("stringnl", UP_TO_NEWLINE, read_stringnl)
stringnl_noescape = A("stringnl_noescape", UP_TO_NEWLINE, read_stringnl_noescape)
stringnl_noescape_pair = A("stringnl_noescape_pair", UP_TO_NEWLINE,
                           read_stringnl_noescape_pair)
string1 = A("string1", TAKEN_FROM_ARGUMENT1, read_string1)
string4 = A("string4", TAKEN_FROM_ARGUMENT4, read_string4)
bytes1 = A("bytes1", TAKEN_FROM_ARGUMENT1, read_bytes1)
bytes4 = A("bytes4", TAKEN_FROM_ARGUMENT4U, read_bytes4)
bytes8 = A("bytes8", TAKEN_FROM_ARGUMENT8U, read_bytes8)
bytearray8 = A("bytearray8", TAKEN_FROM_ARGUMENT8U, read_bytearray8)
unicodestringnl = A("unicodestringnl", UP_TO_NEWLINE, read_unicodestringnl)
unicodestring1 = A("unicodestring1", TAKEN_FROM_ARGUMENT1, read_unicodestring1)
unicodestring4 = A("unicodestring4", TAKEN_FROM_ARGUMENT4U, read_unicodestring4)
unicodestring8 = A("unicodestring8", TAKEN_FROM_ARGUMENT8U, read_unicodestring8)
decimalnl_short = A("decimalnl_short", UP_TO_NEWLINE, read_decimalnl_short)
decimalnl_long = A("decimalnl_long", UP_TO_NEWLINE, read_decimalnl_long)
floatnl = A("floatnl", UP_TO_NEWLINE, read_floatnl)
float8 = A("float8", 8, read_float8)
long1 = A("long1", TAKEN_FROM_ARGUMENT1, read_long1)
long4 = A("long4", TAKEN_FROM_ARGUMENT4, read_long4)
del A


class StackObject(object):
    __slots__ = ("name", "obtype", "doc")

    def __init__(self, name, obtype, doc=""):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = pylong = StackObject("int", int)
pyinteger_or_bool = StackObject("int_or_bool", (int, bool))
pybool = StackObject("bool", bool)
pyfloat = StackObject("float", float)
pybytes_or_str = pystring = StackObject("bytes_or_str", (bytes, str))
pybytes = StackObject("bytes", bytes)
pybytearray = StackObject("bytearray", bytearray)
pyunicode = StackObject("str", str)
pynone = StackObject("None", type(None))
pytuple = StackObject("tuple", tuple)
pylist = StackObject("list", list)
pydict = StackObject("dict", dict)
pyset = StackObject("set", set)
pyfrozenset = StackObject("frozenset", set)
pybuffer = StackObject("buffer", object)
anyobject = StackObject("any", object)
markobject = StackObject("mark", StackObject)
stackslice = StackObject("stackslice", StackObject)


class OpcodeInfo(object):
    __slots__ = ("name", "code", "arg", "stack_before", "stack_after", "proto", "doc")

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc=""):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


def _op(name, code, arg, before, after, proto):
    return OpcodeInfo(name, code, arg, before, after, proto)


_any3 = [anyobject, anyobject, anyobject]
opcodes = [
    _op("INT", "I", decimalnl_short, [], [pyinteger_or_bool], 0),
    _op("BININT", "J", int4, [], [pyint], 1),
    _op("BININT1", "K", uint1, [], [pyint], 1),
    _op("BININT2", "M", uint2, [], [pyint], 1),
    _op("LONG", "L", decimalnl_long, [], [pyint], 0),
    _op("LONG1", "\x8a", long1, [], [pyint], 2),
    _op("LONG4", "\x8b", long4, [], [pyint], 2),
    _op("STRING", "S", stringnl, [], [pybytes_or_str], 0),
    _op("BINSTRING", "T", string4, [], [pybytes_or_str], 1),
    _op("SHORT_BINSTRING", "U", string1, [], [pybytes_or_str], 1),
    _op("BINBYTES", "B", bytes4, [], [pybytes], 3),
    _op("SHORT_BINBYTES", "C", bytes1, [], [pybytes], 3),
    _op("BINBYTES8", "\x8e", bytes8, [], [pybytes], 4),
    _op("BYTEARRAY8", "\x96", bytearray8, [], [pybytearray], 5),
    _op("NEXT_BUFFER", "\x97", None, [], [pybuffer], 5),
    _op("READONLY_BUFFER", "\x98", None, [pybuffer], [pybuffer], 5),
    _op("NONE", "N", None, [], [pynone], 0),
    _op("NEWTRUE", "\x88", None, [], [pybool], 2),
    _op("NEWFALSE", "\x89", None, [], [pybool], 2),
    _op("UNICODE", "V", unicodestringnl, [], [pyunicode], 0),
    _op("SHORT_BINUNICODE", "\x8c", unicodestring1, [], [pyunicode], 4),
    _op("BINUNICODE", "X", unicodestring4, [], [pyunicode], 1),
    _op("BINUNICODE8", "\x8d", unicodestring8, [], [pyunicode], 4),
    _op("FLOAT", "F", floatnl, [], [pyfloat], 0),
    _op("BINFLOAT", "G", float8, [], [pyfloat], 1),
    _op("EMPTY_LIST", "]", None, [], [pylist], 1),
    _op("APPEND", "a", None, [pylist, anyobject], [pylist], 0),
    _op("APPENDS", "e", None, [pylist, markobject, stackslice], [pylist], 1),
    _op("LIST", "l", None, [markobject, stackslice], [pylist], 0),
    _op("EMPTY_TUPLE", ")", None, [], [pytuple], 1),
    _op("TUPLE", "t", None, [markobject, stackslice], [pytuple], 0),
    _op("TUPLE1", "\x85", None, [anyobject], [pytuple], 2),
    _op("TUPLE2", "\x86", None, [anyobject, anyobject], [pytuple], 2),
    _op("TUPLE3", "\x87", None, _any3, [pytuple], 2),
    _op("EMPTY_DICT", "}", None, [], [pydict], 1),
    _op("DICT", "d", None, [markobject, stackslice], [pydict], 0),
    _op("SETITEM", "s", None, [pydict, anyobject, anyobject], [pydict], 0),
    _op("SETITEMS", "u", None, [pydict, markobject, stackslice], [pydict], 1),
    _op("EMPTY_SET", "\x8f", None, [], [pyset], 4),
    _op("ADDITEMS", "\x90", None, [pyset, markobject, stackslice], [pyset], 4),
    _op("FROZENSET", "\x91", None, [markobject, stackslice], [pyfrozenset], 4),
    _op("POP", "0", None, [anyobject], [], 0),
    _op("DUP", "2", None, [anyobject], [anyobject, anyobject], 0),
    _op("MARK", "(", None, [], [markobject], 0),
    _op("POP_MARK", "1", None, [markobject, stackslice], [], 1),
    _op("GET", "g", decimalnl_short, [], [anyobject], 0),
    _op("BINGET", "h", uint1, [], [anyobject], 1),
    _op("LONG_BINGET", "j", uint4, [], [anyobject], 1),
    _op("PUT", "p", decimalnl_short, [], [], 0),
    _op("BINPUT", "q", uint1, [], [], 1),
    _op("LONG_BINPUT", "r", uint4, [], [], 1),
    _op("MEMOIZE", "\x94", None, [anyobject], [anyobject], 4),
    _op("EXT1", "\x82", uint1, [], [anyobject], 2),
    _op("EXT2", "\x83", uint2, [], [anyobject], 2),
    _op("EXT4", "\x84", int4, [], [anyobject], 2),
    _op("GLOBAL", "c", stringnl_noescape_pair, [], [anyobject], 0),
    _op("STACK_GLOBAL", "\x93", None, [pyunicode, pyunicode], [anyobject], 4),
    _op("REDUCE", "R", None, [anyobject, anyobject], [anyobject], 0),
    _op("BUILD", "b", None, [anyobject, anyobject], [anyobject], 0),
    _op("INST", "i", stringnl_noescape_pair, [markobject, stackslice], [anyobject], 0),
    _op("OBJ", "o", None, [markobject, anyobject, stackslice], [anyobject], 1),
    _op("NEWOBJ", "\x81", None, [anyobject, anyobject], [anyobject], 2),
    _op("NEWOBJ_EX", "\x92", None, _any3, [anyobject], 4),
    _op("PROTO", "\x80", uint1, [], [], 2),
    _op("STOP", ".", None, [anyobject], [], 0),
    _op("FRAME", "\x95", uint8, [], [], 4),
    _op("PERSID", "P", stringnl_noescape, [], [anyobject], 0),
    _op("BINPERSID", "Q", None, [anyobject], [anyobject], 1),
]
del _op, _any3

name2i = {}
code2i = {}
for i, d in enumerate(opcodes):
    name2i[d.name] = i
    code2i[d.code] = i
del i, d
code2op = {d.code: d for d in opcodes}


def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    if hasattr(data, "tell"):
        getpos = data.tell
    else:
        def getpos():
            return None
    while True:
        pos = getpos()
        code = data.read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown"
                             % ("<unknown>" if pos is None else pos, code))
        arg = None if opcode.arg is None else opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, getpos()
        else:
            yield opcode, arg, pos
        if code == b".":
            break


def genops(pickle):
    """(opcode, arg, pos) for each opcode of a pickle (bytes or a file), up to STOP."""
    return _genops(pickle)


# -- optimize ----------------------------------------------------------------------------------

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024


class _Output:
    """pickle's output with protocol 4's framing, for optimize()."""

    def __init__(self, out, proto):
        self.out = out
        self.proto = proto
        self.frame = io.BytesIO() if proto >= 4 else None

    def commit(self, force=False):
        f = self.frame
        if f is not None and (f.tell() >= _FRAME_SIZE_TARGET or force):
            data = f.getvalue()
            if len(data) >= _FRAME_SIZE_MIN:
                self.out.write(b"\x95" + len(data).to_bytes(8, "little"))
            self.out.write(data)
            self.frame = io.BytesIO()

    def write(self, data):
        (self.frame if self.frame is not None else self.out).write(data)

    def end(self):
        if self.frame is not None and self.frame.tell() > 0:
            self.commit(force=True)
        self.frame = None

    def put(self, idx):
        if self.proto >= 4:
            return b"\x94"
        if self.proto >= 1:
            return b"q" + bytes((idx,)) if idx < 256 else b"r" + idx.to_bytes(4, "little")
        return b"p" + repr(idx).encode("ascii") + b"\n"

    def get(self, idx):
        if self.proto >= 1:
            return b"h" + bytes((idx,)) if idx < 256 else b"j" + idx.to_bytes(4, "little")
        return b"g" + repr(idx).encode("ascii") + b"\n"


def optimize(p):
    """The pickle `p` without its unused PUT opcodes (and memo indices renumbered)."""
    put = "PUT"
    get = "GET"
    oldids = set()
    newids = {}
    ops = []
    proto = 0
    protoheader = b""
    for opcode, arg, pos, end_pos in _genops(p, yield_end_pos=True):
        if "PUT" in opcode.name:
            oldids.add(arg)
            ops.append((put, arg))
        elif opcode.name == "MEMOIZE":
            idx = len(oldids)
            oldids.add(idx)
            ops.append((put, idx))
        elif "FRAME" in opcode.name:
            pass
        elif "GET" in opcode.name:
            if opcode.proto > proto:
                proto = opcode.proto
            newids[arg] = None
            ops.append((get, arg))
        elif opcode.name == "PROTO":
            if arg > proto:
                proto = arg
            if pos == 0:
                protoheader = p[pos:end_pos]
            else:
                ops.append((pos, end_pos))
        else:
            if opcode.proto > proto:
                proto = opcode.proto
            ops.append((pos, end_pos))
    del oldids

    out = io.BytesIO()
    out.write(protoheader)
    writer = _Output(out, proto)
    idx = 0
    for op, arg in ops:
        frameless = False
        if op is put:
            if arg not in newids:
                continue
            data = writer.put(idx)
            newids[arg] = idx
            idx += 1
        elif op is get:
            data = writer.get(newids[arg])
        else:
            data = p[op:arg]
            frameless = len(data) > _FRAME_SIZE_TARGET
        writer.commit(force=frameless)
        if frameless:
            writer.out.write(data)
        else:
            writer.write(data)
    writer.end()
    return out.getvalue()


# -- dis ---------------------------------------------------------------------------------------

def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic disassembly of a pickle (bytes or a file) to `out` (sys.stdout),
    checking its stack and memo use as it goes (ValueError when they are wrong)."""
    if annotate:
        raise NotImplementedError("pydive does not support pickletools.dis(annotate=...) yet")
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []
    indentchunk = " " * indentlevel
    errormsg = None
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=" ", file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1], indentchunk * len(markstack),
                              opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)

        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack
                                    and stack[-1] is markobject):
            if markstack:
                markpos = markstack.pop()
                if markpos is None:
                    markmsg = "(MARK at unknown opcode offset)"
                else:
                    markmsg = "(MARK at %d)" % markpos
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                try:
                    numtopop = before.index(markobject)
                except ValueError:
                    numtopop = 0
            else:
                errormsg = markmsg = "no MARK exists on stack"

        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg

        if arg is not None or markmsg:
            line += " " * (10 - len(opcode.name))
            if arg is not None:
                line += " " + repr(arg)
            if markmsg:
                line += " " + markmsg
        print(line, file=out)

        if errormsg:
            raise ValueError(errormsg)
        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with only %d items"
                             % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            markstack.append(pos)
        stack.extend(after)

    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)
