"""Serialize Python objects to bytes and back (pydive's pickle).

Writes the same bytes as CPython 3.12's C pickler for protocols 0 to 5 (default 4):
one opcode stream, a memo so shared and recursive objects are written once, framing
from protocol 4, and instances reduced through ``__reduce_ex__``/``copyreg``.
"""

import io
import sys
import struct
import copyreg
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython's three are _pickle's C types ('_pickle.UnpicklingError: ...' in tracebacks).
PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A wrapper around a bytes-like object for out-of-band pickling (protocol 5)."""

    def __init__(self, buffer):
        self._obj = buffer

    def raw(self):
        return memoryview(self._obj)

    def release(self):
        pass


# --- the opcodes ---------------------------------------------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_MIN = 4
_FRAME_TARGET = 64 * 1024
_BATCH = 1000

# Python 2 names of Python 3 globals (protocols 0-2 with fix_imports), and back.
_PY2_MODULE = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
               '_functools': 'functools', '_pickle': 'pickle'}
_PY2_NAME = {('builtins', 'range'): ('__builtin__', 'xrange'),
             ('builtins', 'chr'): ('__builtin__', 'unichr'),
             ('builtins', 'str'): ('__builtin__', 'unicode'),
             ('builtins', 'int'): ('__builtin__', 'long'),
             ('builtins', 'zip'): ('itertools', 'izip'),
             ('builtins', 'map'): ('itertools', 'imap'),
             ('builtins', 'filter'): ('itertools', 'ifilter')}
# Exceptions Python 2 had lived in its 'exceptions' module; newer OSError kinds map to
# OSError there, and ModuleNotFoundError to ImportError.
for _name in ('ArithmeticError AssertionError AttributeError BaseException BufferError '
              'BytesWarning DeprecationWarning EOFError EnvironmentError Exception '
              'FloatingPointError FutureWarning GeneratorExit IOError ImportError '
              'ImportWarning IndentationError IndexError KeyError KeyboardInterrupt '
              'LookupError MemoryError NameError NotImplementedError OSError OverflowError '
              'PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
              'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError '
              'TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
              'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning '
              'ZeroDivisionError').split():
    _PY2_NAME[('builtins', _name)] = ('exceptions', _name)
for _name in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
              'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
              'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
              'ProcessLookupError TimeoutError').split():
    _PY2_NAME[('builtins', _name)] = ('exceptions', 'OSError')
_PY2_NAME[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
del _name
_PY3_MODULE = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue'}
_PY3_MODULE.update({'exceptions': 'builtins', 'UserDict': 'collections',
                    'UserList': 'collections', 'UserString': 'collections',
                    'cPickle': 'pickle', 'StringIO': 'io', 'cStringIO': 'io'})
_PY3_NAME = {v: k for k, v in _PY2_NAME.items() if v[0] != 'exceptions'}
_PY3_NAME[('__builtin__', 'basestring')] = ('builtins', 'str')
_PY3_NAME[('exceptions', 'StandardError')] = ('builtins', 'Exception')
_PY3_NAME[('UserDict', 'UserDict')] = ('collections', 'UserDict')


def _long_bytes(n):
    """n as the shortest little-endian two's-complement bytes (b'' for 0)."""
    if n == 0:
        return b''
    size = (n.bit_length() >> 3) + 1
    data = n.to_bytes(size, 'little', signed=True)
    # Drop a redundant sign byte, as CPython's encode_long does.
    if n < 0 and size > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _raw_unicode_escaped(s):
    out = bytearray()
    for ch in s:
        code = ord(ch)
        if code >= 0x10000:
            out += b'\\U%08x' % code
        elif code >= 0x100 or ch in '\\\0\n\r\x1a':
            out += b'\\u%04x' % code
        else:
            out.append(code)
    return bytes(out)


def _raw_unicode_unescaped(data):
    out = []
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == 0x5c and i + 1 < n and data[i + 1] in b'uU':
            width = 4 if data[i + 1] == 0x75 else 8
            out.append(chr(int(data[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(chr(b))
            i += 1
    return ''.join(out)


def _lookup_dotted(module, qualname):
    obj = module
    parent = None
    for part in qualname.split('.'):
        if part == '<locals>':
            raise AttributeError(f"Can't get local attribute {qualname!r} on {module!r}")
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def _module_of(obj, name):
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    import builtins
    if getattr(builtins, name, None) is obj:
        return 'builtins'
    for mname, mod in list(sys.modules.items()):
        if mname == '__main__' or mod is None:
            continue
        try:
            if _lookup_dotted(mod, name)[0] is obj:
                return mname
        except AttributeError:
            pass
    return '__main__'


def _default_reduce(obj, proto):
    """object.__reduce_ex__(proto) for a class that does not override it."""
    cls = type(obj)
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    args, kwargs = (), None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        pair = getnewargs_ex()
        if not isinstance(pair, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not "
                            f"'{type(pair).__name__}'")
        if len(pair) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, "
                             f"not {len(pair)}")
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must "
                            f"be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must "
                            f"be a dict, not '{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(f"__getnewargs__ should return a tuple, not "
                                f"'{type(args).__name__}'")
    if getattr(cls, '__slots__', None) is not None and not hasattr(obj, '__dict__') \
            and getattr(cls, '__getstate__', None) is getattr(object, '__getstate__', None):
        state = None
        slots = {}
        for name in copyreg._slotnames(cls):
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (None, slots)
    else:
        state = obj.__getstate__()
    if kwargs:
        func, fargs = copyreg.__newobj_ex__, (cls, args, kwargs)
    else:
        func, fargs = copyreg.__newobj__, (cls,) + args
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    return func, fargs, state, items, pairs


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    """What bytes pickled before protocol 3 are rebuilt with: CPython's _codecs.encode."""
    return obj.encode(encoding, errors)


# Globals pydive keeps elsewhere than CPython: written (and found) under CPython's name.
_FIXED_GLOBALS = {('_codecs', 'encode'): _codecs_encode}


# Builtin types whose reduction pydive's objects do not give themselves.
_BUILTIN_REDUCE = {
    range: lambda r: (range, (r.start, r.stop, r.step)),
    slice: lambda s: (slice, (s.start, s.stop, s.step)),
    complex: lambda c: (complex, (c.real, c.imag)),
    type(...): lambda e: 'Ellipsis',
    type(NotImplemented): lambda n: 'NotImplemented',
}


class _BoundProbe:
    def method(self):
        pass


# a bound method: getattr(its object, its name), as CPython's method.__reduce__
_BUILTIN_REDUCE[type(_BoundProbe().method)] = lambda m: (getattr, (m.__self__, m.__func__.__name__))
del _BoundProbe

_UNPICKLABLE_IO = ('TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'BufferedRandom',
                   'FileIO')


def _reduce_of(obj, proto):
    cls = type(obj)
    special = _BUILTIN_REDUCE.get(cls)
    if special is not None:
        return special(obj)
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not object.__reduce_ex__:
        return obj.__reduce_ex__(proto)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    if cls.__name__ in _UNPICKLABLE_IO and cls.__module__ in ('io', '_io'):
        raise TypeError(f"cannot pickle {cls.__name__!r} instances")
    if isinstance(obj, BaseException):
        extra = getattr(obj, '__dict__', None)
        return (cls, obj.args, extra) if extra else (cls, obj.args)
    if cls.__module__ == 'builtins' and cls is not object and not hasattr(obj, '__dict__'):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    return _default_reduce(obj, proto)


class _Output:
    """The output stream, with protocol 4's framing."""

    def __init__(self, write, framing):
        self._write = write
        self.framing = framing
        self.frame = bytearray()

    def write(self, data):
        if self.framing:
            self.frame += data
        else:
            self._write(data)

    def boundary(self):
        if self.framing and len(self.frame) >= _FRAME_TARGET:
            self.commit()

    def commit(self):
        data = bytes(self.frame)
        self.frame = bytearray()
        if len(data) >= _FRAME_MIN:
            self._write(FRAME + len(data).to_bytes(8, 'little') + data)
        elif data:
            self._write(data)

    def write_big(self, header, payload):
        # A payload of a frame's size or more goes out unframed, after the frame so far.
        if self.framing and len(payload) >= _FRAME_TARGET:
            self.commit()
            self._write(header)
            self._write(bytes(payload))
        else:
            self.write(header)
            self.write(payload)


class Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.fast = 0

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError(f"Pickler.__init__() was not called by "
                                f"{type(self).__name__}.__init__()")
        self._out = _Output(self._file_write, self.proto >= 4)
        if self.proto >= 2:
            self._out._write(PROTO + bytes([self.proto]))
        self.save(obj)
        self._out.write(STOP)
        self._out.commit()

    # -- memo ----------------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        w = self._out.write
        if self.proto >= 4:
            w(MEMOIZE)
        elif self.bin:
            w(BINPUT + bytes([idx]) if idx < 256 else LONG_BINPUT + struct.pack('<I', idx))
        else:
            w(PUT + repr(idx).encode('ascii') + b'\n')
        self.memo[id(obj)] = (idx, obj)

    def _get(self, idx):
        if self.bin:
            return BINGET + bytes([idx]) if idx < 256 else LONG_BINGET + struct.pack('<I', idx)
        return GET + repr(idx).encode('ascii') + b'\n'

    # -- the dispatcher --------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        out = self._out
        pid_func = getattr(self, 'persistent_id', None)
        if save_persistent_id and pid_func is not None:
            pid = pid_func(obj)
            if pid is not None:
                self._save_pers(pid)
                out.boundary()
                return
        seen = self.memo.get(id(obj))
        if seen is not None:
            out.write(self._get(seen[0]))
            out.boundary()
            return
        t = type(obj)
        writer = self._writers.get(t)
        if writer is not None:
            writer(self, obj)
            out.boundary()
            return
        override = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            table = getattr(self, 'dispatch_table', dispatch_table)
            reducer = table.get(t)
            if reducer is not None:
                rv = reducer(obj)
            elif isinstance(obj, type):
                self.save_global(obj)
                out.boundary()
                return
            else:
                rv = _reduce_of(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            out.boundary()
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 "
                                "elements")
        self.save_reduce(*rv, obj=obj)
        out.boundary()

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
        else:
            if not isinstance(pid, str):
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._out.write(PERSID + pid.encode('ascii') + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be "
                                "a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be "
                                "callable")
        w = self._out.write
        fname = getattr(func, '__name__', '')
        if self.proto >= 2 and fname == '__newobj_ex__':
            cls, cargs, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(cargs)
                self.save(kwargs)
                w(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *cargs, **kwargs))
                self.save(())
                w(REDUCE)
        elif self.proto >= 2 and fname == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            w(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            w(REDUCE)
        if obj is not None:
            seen = self.memo.get(id(obj))
            if seen is not None:
                # obj was reached again while its own arguments were written.
                w(POP + self._get(seen[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                w(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                w(TUPLE2)
                w(REDUCE)
                w(POP)

    # -- one writer per builtin type ---------------------------------------------------

    def save_none(self, obj):
        self._out.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self._out.write(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        w = self._out.write
        if self.bin:
            if 0 <= obj < 256:
                w(BININT1 + bytes([obj]))
                return
            if 0 <= obj < 65536:
                w(BININT2 + obj.to_bytes(2, 'little'))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                w(BININT + obj.to_bytes(4, 'little', signed=True))
                return
        if self.proto >= 2:
            data = _long_bytes(obj)
            if len(data) < 256:
                w(LONG1 + bytes([len(data)]) + data)
            else:
                w(LONG4 + len(data).to_bytes(4, 'little', signed=True) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            w(INT + repr(obj).encode('ascii') + b'\n')
        else:
            w(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._out.write(BINFLOAT + struct.pack('>d', obj))
        else:
            self._out.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self._out.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_big(BINBYTES8 + n.to_bytes(8, 'little'), obj)
        elif n > 0xffffffff:
            raise PicklingError("cannot serialize a bytes object larger than 4 GiB")
        else:
            self._out.write_big(BINBYTES + n.to_bytes(4, 'little'), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._out.write_big(BYTEARRAY8 + len(obj).to_bytes(8, 'little'), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n < 256 and self.proto >= 4:
                self._out.write(SHORT_BINUNICODE + bytes([n]) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_big(BINUNICODE8 + n.to_bytes(8, 'little'), data)
            elif n > 0xffffffff:
                raise PicklingError("cannot serialize a string larger than 4GiB")
            else:
                self._out.write_big(BINUNICODE + n.to_bytes(4, 'little'), data)
        else:
            self._out.write(UNICODE + _raw_unicode_escaped(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        w = self._out.write
        if not obj:
            w(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            seen = self.memo.get(id(obj))
            if seen is not None:
                w(POP * n + self._get(seen[0]))
            else:
                w((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        w(MARK)
        for item in obj:
            self.save(item)
        seen = self.memo.get(id(obj))
        if seen is not None:
            # The tuple contains itself (through a list, say): drop what was built.
            if self.bin:
                w(POP_MARK + self._get(seen[0]))
            else:
                w(POP * (n + 1) + self._get(seen[0]))
            return
        w(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if self.bin and len(obj) > 1:
            # An exact list goes in MARK ... APPENDS batches, even a last batch of one.
            self._exact_batches(obj, APPENDS, lambda x: self.save(x))
        else:
            self._batch_appends(obj)

    def _exact_batches(self, items, closer, save_one):
        w = self._out.write
        for start in range(0, len(items), _BATCH):
            w(MARK)
            for x in items[start:start + _BATCH]:
                save_one(x)
            w(closer)

    def _batch_appends(self, items):
        w = self._out.write
        if not self.bin:
            for x in items:
                self.save(x)
                w(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            if len(batch) > 1:
                w(MARK)
                for x in batch:
                    self.save(x)
                w(APPENDS)
            elif batch:
                self.save(batch[0])
                w(APPEND)
            if len(batch) < _BATCH:
                return

    def save_dict(self, obj):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if self.bin and len(obj) > 1:
            def save_pair(kv):
                self.save(kv[0])
                self.save(kv[1])
            self._exact_batches(list(obj.items()), SETITEMS, save_pair)
        else:
            self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, items):
        w = self._out.write
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                w(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for kv in it:
                batch.append(kv)
                if len(batch) == _BATCH:
                    break
            if len(batch) > 1:
                w(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                w(SETITEMS)
            elif batch:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                w(SETITEM)
            if len(batch) < _BATCH:
                return

    def save_set(self, obj):
        w = self._out.write
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        w(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCH):
            w(MARK)
            for x in items[start:start + _BATCH]:
                self.save(x)
            w(ADDITEMS)

    def save_frozenset(self, obj):
        w = self._out.write
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        w(MARK)
        for x in obj:
            self.save(x)
        seen = self.memo.get(id(obj))
        if seen is not None:
            w(POP_MARK + self._get(seen[0]))
            return
        w(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        fixed = [key for key, value in _FIXED_GLOBALS.items() if value is obj]
        if fixed:
            module_name, name = fixed[0]
            module = parent = None
        else:
            module_name, module, parent = self._locate(obj, name)
        self._save_global_rest(obj, module_name, name, module, parent)

    def _locate(self, obj, name):
        if '<locals>' in name.split('.'):
            raise AttributeError(f"Can't pickle local object {name!r}")
        module_name = _module_of(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module "
                                f"{module_name!r} failed") from None
        try:
            found, parent = _lookup_dotted(module, name)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on "
                                f"{module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as "
                                f"{module_name}.{name}")
        return module_name, module, parent

    def _save_global_rest(self, obj, module_name, name, module, parent):
        w = self._out.write
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    w(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    w(EXT2 + code.to_bytes(2, 'little'))
                else:
                    w(EXT4 + code.to_bytes(4, 'little'))
                return
        last = name.rpartition('.')[2]
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            w(STACK_GLOBAL)
        elif parent is not module:
            # Nested names before protocol 4: getattr(parent, last).
            self.save_reduce(getattr, (parent, last))
        else:
            if self.fix_imports:
                key = (module_name, name)
                if key in _PY2_NAME:
                    module_name, name = _PY2_NAME[key]
                elif module_name in _PY2_MODULE:
                    module_name = _PY2_MODULE[module_name]
            try:
                text = (module_name + '\n' + name + '\n').encode('ascii' if self.proto < 3
                                                                 else 'utf-8')
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier '{module_name}.{name}' "
                                    f"using pickle protocol {self.proto}") from None
            w(GLOBAL + text)
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _writers = {
        type(None): save_none, bool: save_bool, int: save_long, float: save_float,
        bytes: save_bytes, bytearray: save_bytearray, str: save_str, tuple: save_tuple,
        list: save_list, dict: save_dict, set: save_set, frozenset: save_frozenset,
        type: save_type,
    }


def _function_types():
    def f():
        pass
    return {type(f), type(len)}


for _t in _function_types():
    Pickler._writers[_t] = Pickler.save_global
del _t


class Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=()):
        self._read = file.read
        self._readline = file.readline
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    # Reading: within a frame, from the frame's bytes; otherwise from the file.

    def _take(self, n):
        frame = self._frame
        if frame is not None:
            data = frame.read(n)
            if len(data) == n:
                return data
            if data or n == 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self):
        frame = self._frame
        if frame is not None:
            data = frame.readline()
            if data:
                if not data.endswith(b'\n'):
                    raise UnpicklingError("pickle exhausted before end of frame")
                return data
            self._frame = None
        data = self._readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def load(self):
        if not hasattr(self, '_read'):
            raise UnpicklingError(f"Unpickler.__init__() was not called by "
                                  f"{type(self).__name__}.__init__()")
        self._frame = None
        self.stack = []
        self.metastack = []
        self.proto = 0
        handlers = self._handlers
        while True:
            frame = self._frame
            key = frame.read(1) if frame is not None else b''
            if not key:
                self._frame = None
                key = self._read(1)
            if not key:
                raise EOFError("Ran out of input")
            handler = handlers.get(key[0])
            if handler is None:
                raise UnpicklingError(f"invalid load key, {_key_text(key[0])}.")
            try:
                handler(self)
            except _Stop as stop:
                return stop.value

    def _pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no "
                              "persistent_load function was specified.")

    def find_class(self, module, name):
        fixed = _FIXED_GLOBALS.get((module, name))
        if fixed is not None:
            return fixed
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAME:
                module, name = _PY3_NAME[(module, name)]
            elif module in _PY3_MODULE:
                module = _PY3_MODULE[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            try:
                return _lookup_dotted(mod, name)[0]
            except AttributeError:
                raise AttributeError(f"Can't get attribute {name!r} on {mod!r}") from None
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {mod!r}") from None

    # -- opcode handlers ----------------------------------------------------------

    def _proto(self):
        proto = self._take(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    def _frame_op(self):
        size = int.from_bytes(self._take(8), 'little')
        if self._frame is not None and self._frame.read(1):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self._read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self._frame = io.BytesIO(data)

    def _stop(self):
        raise _Stop(self._pop())

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def _push(self, value):
        self.stack.append(value)

    def _int_line(self):
        text = self._line()[:-1]
        if text == b'00':
            return False
        if text == b'01':
            return True
        try:
            return int(text, 0) if text[:1] == b'0' and len(text) > 1 else int(text)
        except ValueError:
            raise ValueError(f"invalid literal for int() with base 10: {text!r}") from None

    def _long_line(self):
        text = self._line()[:-1]
        if text.endswith(b'L'):
            text = text[:-1]
        return int(text)

    def _decode_string(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _string_line(self):
        data = self._line()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import ast
        raw = ast.literal_eval("b'" + data.decode('latin-1').replace("'", "\\'") + "'")
        return self._decode_string(raw)

    def _global_line(self):
        module = self._line()[:-1].decode('utf-8')
        name = self._line()[:-1].decode('utf-8')
        return self.find_class(module, name)

    def _stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _ext(self, width):
        code = int.from_bytes(self._take(width), 'little')
        cached = copyreg._extension_cache.get(code)
        if cached is not None:
            self._push(cached)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError(f"unregistered extension code {code}")
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self._push(obj)

    def _reduce(self):
        args = self._pop()
        func = self._pop()
        self._push(func(*args))

    def _newobj(self):
        args = self._pop()
        cls = self._pop()
        self._push(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self._push(cls.__new__(cls, *args, **kwargs))

    def _build(self):
        state = self._pop()
        inst = self.stack[-1]
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k) if hasattr(sys, 'intern') else k] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _inst(self):
        module = self._line()[:-1].decode('ascii')
        name = self._line()[:-1].decode('ascii')
        cls = self.find_class(module, name)
        self._instantiate(cls, self._pop_mark())

    def _obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
            try:
                value = cls(*args)
            except TypeError as err:
                raise TypeError(f"in constructor for {cls.__name__}: {err}") from None
        else:
            value = cls.__new__(cls)
        self._push(value)

    def _appends(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, list):
            target.extend(items)
        else:
            add = target.append
            for x in items:
                add(x)

    def _setitems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _additems(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for x in items:
                target.add(x)

    def _get_memo(self, idx):
        try:
            self._push(self.memo[idx])
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {idx}") from None

    def _put_memo(self, idx):
        if idx < 0:
            raise ValueError("negative PUT argument")
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        self.memo[idx] = self.stack[-1]

    def _next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no "
                                  "*buffers* argument was given")
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def _dict_from_mark(self):
        items = self._pop_mark()
        self._push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _setitem(self):
        value = self._pop()
        key = self._pop()
        self.stack[-1][key] = value

    def _dup(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        self._push(self.stack[-1])

    def _pop_op(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def _bytes_of(self, width):
        n = int.from_bytes(self._take(width), 'little')
        return self._take(n)

    _handlers = {}


def _key_text(b):
    return f"'{chr(b)}'" if 0x20 <= b < 0x7f else "'\\x%02x'" % b


def _install_handlers():
    U = Unpickler
    h = U._handlers

    def op(code, fn):
        h[code[0]] = fn

    op(PROTO, U._proto)
    op(FRAME, U._frame_op)
    op(STOP, U._stop)
    op(MARK, U._mark)
    op(POP, U._pop_op)
    op(POP_MARK, lambda self: self._pop_mark())
    op(DUP, U._dup)
    op(NONE, lambda self: self._push(None))
    op(NEWTRUE, lambda self: self._push(True))
    op(NEWFALSE, lambda self: self._push(False))
    op(INT, lambda self: self._push(self._int_line()))
    op(LONG, lambda self: self._push(self._long_line()))
    op(BININT, lambda self: self._push(int.from_bytes(self._take(4), 'little', signed=True)))
    op(BININT1, lambda self: self._push(self._take(1)[0]))
    op(BININT2, lambda self: self._push(int.from_bytes(self._take(2), 'little')))
    op(LONG1, lambda self: self._push(int.from_bytes(self._bytes_of(1), 'little',
                                                     signed=True)))

    def long4(self):
        n = int.from_bytes(self._take(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(int.from_bytes(self._take(n), 'little', signed=True))

    op(LONG4, long4)
    op(FLOAT, lambda self: self._push(float(self._line()[:-1])))
    op(BINFLOAT, lambda self: self._push(struct.unpack('>d', self._take(8))[0]))
    op(STRING, lambda self: self._push(self._string_line()))
    op(BINSTRING, lambda self: self._push(self._decode_string(
        self._take(int.from_bytes(self._take(4), 'little', signed=True)))))
    op(SHORT_BINSTRING, lambda self: self._push(self._decode_string(self._bytes_of(1))))
    op(UNICODE, lambda self: self._push(_raw_unicode_unescaped(self._line()[:-1])))
    for code, width in ((SHORT_BINUNICODE, 1), (BINUNICODE, 4), (BINUNICODE8, 8)):
        op(code, lambda self, w=width: self._push(
            str(self._bytes_of(w), 'utf-8', 'surrogatepass')))
    for code, width in ((SHORT_BINBYTES, 1), (BINBYTES, 4), (BINBYTES8, 8)):
        op(code, lambda self, w=width: self._push(bytes(self._bytes_of(w))))
    op(BYTEARRAY8, lambda self: self._push(bytearray(self._bytes_of(8))))
    op(NEXT_BUFFER, U._next_buffer)
    op(READONLY_BUFFER, lambda self: None)
    op(EMPTY_TUPLE, lambda self: self._push(()))
    op(TUPLE, lambda self: self._push(tuple(self._pop_mark())))

    def tuple_n(n):
        def handler(self):
            if len(self.stack) < n:
                raise UnpicklingError("unpickling stack underflow")
            items = tuple(self.stack[-n:])
            del self.stack[-n:]
            self._push(items)
        return handler

    op(TUPLE1, tuple_n(1))
    op(TUPLE2, tuple_n(2))
    op(TUPLE3, tuple_n(3))
    op(EMPTY_LIST, lambda self: self._push([]))
    op(LIST, lambda self: self._push(self._pop_mark()))
    op(EMPTY_DICT, lambda self: self._push({}))
    op(DICT, U._dict_from_mark)
    op(EMPTY_SET, lambda self: self._push(set()))
    op(FROZENSET, lambda self: self._push(frozenset(self._pop_mark())))
    def append(self):
        value = self._pop()
        self.stack[-1].append(value)

    op(APPEND, append)
    op(APPENDS, U._appends)
    op(SETITEM, U._setitem)
    op(SETITEMS, U._setitems)
    op(ADDITEMS, U._additems)
    op(GLOBAL, lambda self: self._push(self._global_line()))
    op(STACK_GLOBAL, U._stack_global)
    op(EXT1, lambda self: self._ext(1))
    op(EXT2, lambda self: self._ext(2))
    op(EXT4, lambda self: self._ext(4))
    op(REDUCE, U._reduce)
    op(NEWOBJ, U._newobj)
    op(NEWOBJ_EX, U._newobj_ex)
    op(BUILD, U._build)
    op(INST, U._inst)
    op(OBJ, U._obj)
    op(PERSID, lambda self: self._push(self.persistent_load(
        self._line()[:-1].decode('ascii'))))
    op(BINPERSID, lambda self: self._push(self.persistent_load(self._pop())))
    op(GET, lambda self: self._get_memo(int(self._line()[:-1])))
    op(BINGET, lambda self: self._get_memo(self._take(1)[0]))
    op(LONG_BINGET, lambda self: self._get_memo(int.from_bytes(self._take(4), 'little')))
    op(PUT, lambda self: self._put_memo(int(self._line()[:-1])))
    op(BINPUT, lambda self: self._put_memo(self._take(1)[0]))
    op(LONG_BINPUT, lambda self: self._put_memo(int.from_bytes(self._take(4), 'little')))
    op(MEMOIZE, lambda self: self._put_memo(len(self.memo)))


_install_handlers()


# --- the module-level shortcuts ---------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    buf = io.BytesIO()
    Pickler(buf, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return buf.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module
