"""Get useful information from live Python objects (pydive's inspect, pure Python).

Sections: what kind of object something is (the is* predicates), members and static
attribute lookup, generator and coroutine states, frames and stacks, source code and
docstrings, and call signatures (Parameter, Signature, BoundArguments, signature()).
"""

import builtins
import enum
import functools
import linecache
import os
import sys
import types
from collections import namedtuple, OrderedDict
from keyword import iskeyword

__all__ = [
    "AGEN_CLOSED", "AGEN_CREATED", "AGEN_RUNNING", "AGEN_SUSPENDED",
    "CO_ASYNC_GENERATOR", "CO_COROUTINE", "CO_GENERATOR", "CO_ITERABLE_COROUTINE",
    "CO_NESTED", "CO_NEWLOCALS", "CO_NOFREE", "CO_OPTIMIZED", "CO_VARARGS",
    "CO_VARKEYWORDS", "CORO_CLOSED", "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED",
    "ClosureVars", "FrameInfo", "FullArgSpec", "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING",
    "GEN_SUSPENDED", "Parameter", "Signature", "BoundArguments", "Traceback", "cleandoc",
    "currentframe", "formatannotation", "get_annotations", "getattr_static",
    "getcallargs", "getasyncgenlocals", "getasyncgenstate", "getblock", "getclosurevars", "getcoroutinelocals", "getcoroutinestate", "getdoc",
    "getfile", "getframeinfo", "getfullargspec", "getgeneratorlocals",
    "getgeneratorstate", "getinnerframes", "getmembers", "getmembers_static",
    "getmodule", "getmro", "getouterframes", "getsource", "getsourcefile",
    "getsourcelines", "indentsize", "isabstract", "isasyncgen", "isasyncgenfunction",
    "isawaitable", "isbuiltin", "isclass", "iscode", "iscoroutine",
    "iscoroutinefunction", "isdatadescriptor", "isframe", "isfunction", "isgenerator",
    "isgeneratorfunction", "isgetsetdescriptor", "ismemberdescriptor", "ismethod",
    "ismethoddescriptor", "ismethodwrapper", "ismodule", "isroutine", "istraceback",
    "markcoroutinefunction", "signature", "stack", "trace", "unwrap",
]

# co_flags bits
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# --- what kind of object ------------------------------------------------------------------

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is a bound method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a function defined in Python (def or lambda)."""
    return isinstance(object, types.FunctionType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or a method of a built-in."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper (a bound slot of a built-in type)."""
    return isinstance(object, types.MethodWrapperType)


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__ entry, say)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor of a built-in type."""
    return isinstance(object, types.GetSetDescriptorType)


def _plain_callable(object):
    # classes, methods and functions are descriptors too, but not the kind asked about
    return isclass(object) or ismethod(object) or isfunction(object)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor: its type has __get__ but
    not __set__ (and it is not a class, method or function)."""
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor: its type has __set__ or
    __delete__ (and it is not a class, method or function)."""
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    return isinstance(object, type) and bool(getattr(object, "__abstractmethods__", None))


def _code_flags(f):
    """co_flags of the Python function behind f (through bound methods and partials),
    or 0 when there is none."""
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f)
    if isfunction(f) or _signature_is_functionlike(f):
        return f.__code__.co_flags
    return 0


def isgeneratorfunction(obj):
    """Return true if the object is a generator function (its calls make generators)."""
    return bool(_code_flags(obj) & CO_GENERATOR)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


# markcoroutinefunction() sets this attribute to this value. (The module global and the
# attribute share the name, so getattr(inspect, "_is_coroutine_marker") finds it too, as
# in CPython.)
_is_coroutine_marker = object()


def markcoroutinefunction(func):
    """Decorator: have iscoroutinefunction(func) say True for func (a sync function
    that returns an awaitable)."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_marker
    return func


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def, or marked)."""
    if _code_flags(obj) & CO_COROUTINE:
        return True
    while ismethod(obj):
        obj = obj.__func__
    obj = functools._unwrap_partial(obj)
    return getattr(obj, "_is_coroutine_marker", None) is _is_coroutine_marker


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    from collections.abc import Awaitable
    return isinstance(object, Awaitable)


# --- members and attributes ---------------------------------------------------------------

def getmro(cls):
    """cls.__mro__: cls and its bases in method resolution order."""
    return cls.__mro__


def _members(object, predicate, fetch):
    names = dir(object)
    if isclass(object):
        # where fetch fails, the raw class-dict value stands in
        fallback = (object,) + object.__mro__
        # DynamicClassAttribute names of the bases are members too, though dir() hides them
        try:
            for base in object.__bases__:
                names.extend(k for k, v in base.__dict__.items()
                             if isinstance(v, types.DynamicClassAttribute))
        except AttributeError:
            pass
    else:
        fallback = ()
    results = []
    seen = set()
    for name in names:
        try:
            value = fetch(object, name)
            if name in seen:
                raise AttributeError(name)
        except AttributeError:
            for klass in fallback:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((name, value))
        seen.add(name)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """All (name, value) members of an object, sorted by name; only those for which
    predicate(value) is true when a predicate is given."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """As getmembers(), but looking values up with getattr_static (no descriptors,
    __getattr__ or properties run)."""
    return _members(object, predicate, getattr_static)


_sentinel = object()


def _class_lookup(klass, attr):
    # the attribute as it sits in the first class dict along klass's MRO
    for entry in klass.__mro__:
        namespace = entry.__dict__
        if attr in namespace:
            return namespace[attr]
    return _sentinel


def _instance_lookup(obj, attr):
    try:
        namespace = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return _sentinel
    return dict.get(namespace, attr, _sentinel)


def _is_data_descriptor_type(kind):
    return (_class_lookup(kind, "__get__") is not _sentinel
            and (_class_lookup(kind, "__set__") is not _sentinel
                 or _class_lookup(kind, "__delete__") is not _sentinel))


def getattr_static(obj, attr, default=_sentinel):
    """Look attr up the way attribute access does, but without running anything:
    no descriptors, __getattr__ or __getattribute__. Descriptors come back as they
    are stored."""
    if isinstance(obj, type):
        klass = obj
        own = _sentinel
    else:
        klass = type(obj)
        own = _instance_lookup(obj, attr)
    inherited = _class_lookup(klass, attr)
    # a data descriptor on the class wins over the instance dict
    if own is not _sentinel:
        if inherited is not _sentinel and _is_data_descriptor_type(type(inherited)):
            return inherited
        return own
    if inherited is not _sentinel:
        return inherited
    if obj is klass:
        # a class also sees its metaclass's attributes
        found = _class_lookup(type(klass), attr)
        if found is not _sentinel:
            return found
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain from func (functools.wraps sets it) to its end, or
    to the first object for which stop(obj) is true. A cycle raises ValueError."""
    start = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {start!r}')
        seen.add(id(func))
    return func


# --- generators and coroutines ------------------------------------------------------------

# the states, each named by its own text
GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_' + state for state in ('CREATED', 'RUNNING', 'SUSPENDED', 'CLOSED'))
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_' + state for state in ('CREATED', 'RUNNING', 'SUSPENDED', 'CLOSED'))
AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED = (
    'AGEN_' + state for state in ('CREATED', 'RUNNING', 'SUSPENDED', 'CLOSED'))


def _state_of(prefix, running, suspended, frame):
    # a frame that has not started yet is neither running nor suspended
    if running:
        return prefix + 'RUNNING'
    if suspended:
        return prefix + 'SUSPENDED'
    return prefix + ('CLOSED' if frame is None else 'CREATED')


def getgeneratorstate(generator):
    """Where a generator is: GEN_CREATED (not started), GEN_RUNNING, GEN_SUSPENDED (at a
    yield) or GEN_CLOSED (finished)."""
    g = generator
    return _state_of('GEN_', g.gi_running, g.gi_suspended, g.gi_frame)


def getcoroutinestate(coroutine):
    """Where a coroutine is: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED (at an await)
    or CORO_CLOSED."""
    c = coroutine
    return _state_of('CORO_', c.cr_running, c.cr_suspended, c.cr_frame)


def getasyncgenstate(agen):
    """Where an async generator is: AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED (at a
    yield) or AGEN_CLOSED."""
    return _state_of('AGEN_', agen.ag_running, agen.ag_suspended, agen.ag_frame)


def getgeneratorlocals(generator):
    """The local variables of a generator's frame (empty once it has finished)."""
    if not isgenerator(generator):
        raise TypeError(f"{generator!r} is not a Python generator")
    frame = getattr(generator, "gi_frame", None)
    return {} if frame is None else frame.f_locals


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame (empty once it has finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    return {} if frame is None else frame.f_locals


def getasyncgenlocals(agen):
    """The local variables of an async generator's frame (empty once it has finished)."""
    if not isasyncgen(agen):
        raise TypeError(f"{agen!r} is not a Python async generator")
    frame = getattr(agen, "ag_frame", None)
    return {} if frame is None else frame.f_locals


# --- frames and stacks --------------------------------------------------------------------

def currentframe():
    """The caller's frame (None where frames are not available)."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')
_FrameInfo = namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


def _with_positions(tuple_class, fields):
    # the tuple plus a positions attribute, shown by repr after the fields
    def __new__(cls, *values, positions=None):
        self = tuple_class.__new__(cls, *values)
        self.positions = positions
        return self

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{type(self).__name__}({shown}, positions={self.positions!r})'
    return __new__, __repr__


class Traceback(_Traceback):
    __new__, __repr__ = _with_positions(_Traceback, _Traceback._fields)


class FrameInfo(_FrameInfo):
    __new__, __repr__ = _with_positions(_FrameInfo, _FrameInfo._fields)


def _positions_class():
    try:
        from dis import Positions
    except ImportError:
        Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')
    return Positions


def _instruction_position(code, lasti):
    # co_positions() has one entry per 2-byte code unit
    if lasti < 0:
        return (None, None, None, None)
    for unit, position in enumerate(code.co_positions()):
        if unit == lasti // 2:
            return position
    return (None, None, None, None)


def getframeinfo(frame, context=1):
    """A Traceback record for a frame or traceback object: file, line, function name,
    `context` source lines around the line (and the line's index among them), and the
    instruction's source positions."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        position = _instruction_position(frame.tb_frame.f_code, frame.tb_lasti)
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        position = _instruction_position(frame.f_code, frame.f_lasti)
    if position[0] is None:
        position = (lineno, *position[1:])
    lineno = position[0]
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        try:
            source, _ = findsource(frame)
        except OSError:
            pass
        else:
            first = lineno - 1 - context // 2
            first = max(0, min(first, len(source) - context))
            lines = source[first:first + context]
            index = lineno - 1 - first
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_positions_class()(*position))


def _records(start, next_of, frame_of, context):
    records = []
    node = start
    while node:
        info = getframeinfo(node, context)
        records.append(FrameInfo(frame_of(node), *info, positions=info.positions))
        node = next_of(node)
    return records


def getouterframes(frame, context=1):
    """FrameInfo records for frame and each frame that called it, innermost first."""
    return _records(frame, lambda f: f.f_back, lambda f: f, context)


def getinnerframes(tb, context=1):
    """FrameInfo records along a traceback, from its frame to where the exception rose."""
    return _records(tb, lambda t: t.tb_next, lambda t: t.tb_frame, context)


def stack(context=1):
    """FrameInfo records of the caller's frame and the frames above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records between the frame handling the current exception and where it
    was raised."""
    exc = sys.exception()
    return getinnerframes(None if exc is None else exc.__traceback__, context)


# --- source code --------------------------------------------------------------------------

def _code_of(object):
    # method -> function -> code, traceback -> frame -> code
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def getfile(object):
    """The name of the file (source or compiled) an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    code = _code_of(object)
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    f'code object was expected, got {type(object).__name__}')


def getsourcefile(object):
    """The name of the Python source file an object was defined in, or None when its
    source cannot be found."""
    filename = getfile(object)
    if filename.endswith(('.pyc', '.pyo')):
        filename = filename[:-1]
    elif filename.endswith(('.so', '.pyd')):
        return None
    if os.path.exists(filename):
        return filename
    # a file that is not on disk can still come from a loader, or be in linecache
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in linecache.cache or filename.startswith('<pydive-lib>'):
        return filename
    return None


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is None:
        try:
            _filename = getfile(object)
        except TypeError:
            return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == _filename:
            return module
    # last: a same-named global of __main__ or builtins that is this very object
    name = getattr(object, '__name__', None)
    if name is None:
        return None
    for home in ('__main__', 'builtins'):
        module = sys.modules.get(home)
        if module is not None and getattr(module, name, _sentinel) is object:
            return module
    return None


def _find_class_line(lines, qualname):
    # the first "class Name" line at an indentation fitting the class's nesting
    name = qualname.rsplit('.', 1)[-1]
    candidates = []
    for number, line in enumerate(lines):
        text = line.lstrip()
        if text.startswith('class') and text[5:].lstrip().startswith(name):
            rest = text[5:].lstrip()[len(name):]
            if text[5:6] in (' ', '\t') and rest[:1] in ('(', ':', ' '):
                candidates.append(number)
    if not candidates:
        raise OSError('could not find class definition')
    depth = qualname.count('.') - qualname.count('<locals>')
    for number in candidates:
        if indentsize(lines[number]) == 4 * max(depth, 0):
            break
    else:
        number = candidates[0]
    while number > 0 and lines[number - 1].lstrip().startswith('@'):
        number -= 1
    return number


def findsource(object):
    """The lines of the file an object was defined in, and the index of its first line."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        # source of exec'd code can only come from linecache
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    lines = linecache.getlines(file, module.__dict__) if module else linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _find_class_line(lines, object.__qualname__)
    code = _code_of(object)
    if not iscode(code):
        raise OSError('could not find code object')
    if not hasattr(code, 'co_firstlineno'):
        raise OSError('could not find function definition')
    first = code.co_firstlineno - 1
    if first >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, first


def indentsize(line):
    """How many columns of whitespace start line (tabs expanded)."""
    text = line.expandtabs()
    return len(text) - len(text.lstrip())


def _logical_ends(lines):
    """For each physical line that starts a logical line, the index of the physical line
    that ends it (brackets, strings and backslashes join lines). Comment-only and blank
    lines map to themselves."""
    ends = {}
    depth = 0
    quote = None  # the open string's delimiter, for strings spanning lines
    start = None
    for number, line in enumerate(lines):
        if start is None:
            start = number
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            if quote:
                if ch == '\\':
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
                i += 1
                continue
            if ch == '#':
                break
            if ch in '\'"':
                triple = line[i:i + 3]
                quote = triple if triple in ('"""', "'''") else ch
                i += len(quote)
                continue
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth = max(0, depth - 1)
            i += 1
        if quote and len(quote) == 1:
            quote = None  # an unterminated short string ends with its line
        continued = line.rstrip('\r\n').endswith('\\')
        if depth == 0 and not quote and not continued:
            ends[start] = number
            start = None
    if start is not None:
        ends[start] = len(lines) - 1
    return ends


def _is_code_line(line):
    text = line.strip()
    return bool(text) and not text.startswith('#')


def getblock(lines):
    """The lines of the definition (def, class or lambda, with its decorators) that
    begins lines: up to the last line of its body."""
    ends = _logical_ends(lines)
    number = 0
    # decorators
    while number in ends and lines[number].lstrip().startswith('@'):
        number = ends[number] + 1
    if number not in ends:
        return lines[:1]
    header_end = ends[number]
    header = ''.join(lines[number:header_end + 1])
    words = header.split()
    keyword_first = words[:1] in (['def'], ['class'], ['async'])
    if not keyword_first or not _ends_with_colon(lines[header_end]):
        # a one-line definition, a lambda: the logical line is all
        return lines[:header_end + 1]
    base = indentsize(lines[number])
    last = header_end
    probe = header_end + 1
    while probe < len(lines):
        line = lines[probe]
        if not _is_code_line(line):
            probe += 1
            continue
        if indentsize(line) <= base:
            break
        last = ends.get(probe, probe)
        probe = last + 1
    return lines[:last + 1]


def _ends_with_colon(line):
    # the line's code (comment removed; strings are not expected there) ends with ':'
    code = line.split('#', 1)[0].rstrip()
    return code.endswith(':')


def getsourcelines(object):
    """The source lines of an object and the number of its first line (1-based; 0 for
    a whole module)."""
    object = unwrap(object)
    lines, first = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[first:]), first + 1


def getsource(object):
    """The source text of an object (module, class, method, function, traceback, frame
    or code object)."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def cleandoc(doc):
    """A docstring without its indentation: the first line stripped on the left, the
    margin common to the other lines removed, blank lines at both ends dropped."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    # the first line carries no indentation of its own; the others share a margin
    margins = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(margins, default=0)
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _owner_class(func):
    # the class a function was defined in, from its __qualname__
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    """The docstring a documented ancestor gives to an undocumented obj (a class, or a
    method/property overriding one), or None."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is object:
                continue
            doc = getattr(base, '__doc__', None)
            if doc is not None:
                return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        bound_to = obj.__self__
        if isclass(bound_to) and getattr(getattr(bound_to, name, None), '__func__') is obj.__func__:
            cls = bound_to  # a classmethod
        else:
            cls = bound_to.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        bound_to = obj.__self__
        if isclass(bound_to) and f'{bound_to.__qualname__}.{name}' == obj.__qualname__:
            cls = bound_to
        else:
            cls = bound_to.__class__
    elif isinstance(obj, property):
        name = obj.fget.__name__
        cls = _owner_class(obj.fget)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        if ismemberdescriptor(obj):
            slots = getattr(cls, '__slots__', None)
            if isinstance(slots, dict) and name in slots:
                return slots[name]
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring (inherited from where it overrides, when it has none),
    with indentation cleaned up by cleandoc(); None when there is none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    return cleandoc(doc) if isinstance(doc, str) else None


# --- annotations --------------------------------------------------------------------------

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable, as a new dict; with
    eval_str, string annotations are evaluated (in the object's globals by default)."""
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__', None)
        home = sys.modules.get(obj.__module__)
        default_globals = getattr(home, '__dict__', None)
        default_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        default_globals = getattr(obj, '__dict__', None)
        default_locals = None
        unwrapped = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        unwrapped = obj
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
            elif isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
            else:
                break
        default_globals = getattr(unwrapped, '__globals__', None)
        default_locals = None
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if globals is None:
        globals = default_globals
    if locals is None:
        locals = default_locals
    if type_params := getattr(unwrapped, '__type_params__', ()):
        locals = {param.__name__: param for param in type_params} | (locals or {})
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in found.items()}


def formatannotation(annotation, base_module=None):
    # how a signature shows an annotation: builtins and base_module's classes by bare
    # name, typing's objects without the "typing." prefix
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


# --- parameters ---------------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


_KIND_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional',
                      'keyword-only', 'variadic keyword')


class _ParameterKind(enum.IntEnum):
    # the order is the order parameters must come in
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


(_POS_ONLY, _POS_OR_KW, _STAR_ARGS, _KW_ONLY, _STAR_KWARGS) = _ParameterKind


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (each of the
    last two Parameter.empty when there is none). Immutable; see replace()."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POS_ONLY
    POSITIONAL_OR_KEYWORD = _POS_OR_KW
    VAR_POSITIONAL = _STAR_ARGS
    KEYWORD_ONLY = _KW_ONLY
    VAR_KEYWORD = _STAR_KWARGS

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_STAR_ARGS, _STAR_KWARGS):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[0] == '.' and name[1:].isdigit():
            # ".0", the hidden argument of a comprehension's code
            if kind != _POS_OR_KW:
                raise ValueError('implicit arguments must be passed as positional or '
                                 f'keyword arguments, not {kind.description}')
            kind = _POS_ONLY
            name = f'implicit{name[1:]}'
        if not name.isidentifier() or (iskeyword(name) and kind is not _POS_ONLY):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given attributes changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += f': {formatannotation(self._annotation)}'
        if self._default is not _empty:
            # "x: int = 3" but "x=3"
            text += (' = ' if annotated else '=') + repr(self._default)
        return {_STAR_ARGS: '*', _STAR_KWARGS: '**'}.get(self._kind, '') + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return self._key() == other._key()


# --- bound arguments ----------------------------------------------------------------------

class BoundArguments:
    """What Signature.bind() made of a call's arguments: `arguments` maps parameter names
    to values (the *args parameter to a tuple, **kwargs to a dict); args and kwargs give
    them back in a form to call the function with."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _call_form(self):
        # Positional values run up to the first keyword-only-ish parameter or the first
        # missing one; everything bound after that is passed by keyword.
        args = []
        kwargs = {}
        positional = True
        for name, param in self._signature.parameters.items():
            kind = param.kind
            if positional and (kind >= _KW_ONLY or name not in self.arguments):
                positional = False
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if positional:
                if kind == _STAR_ARGS:
                    args.extend(value)
                else:
                    args.append(value)
            elif kind == _STAR_KWARGS:
                kwargs.update(value)
            else:
                kwargs[name] = value
        return tuple(args), kwargs

    @property
    def args(self):
        return self._call_form()[0]

    @property
    def kwargs(self):
        return self._call_form()[1]

    def apply_defaults(self):
        """Fill in what the call left out: parameter defaults, () for *args, {} for
        **kwargs (arguments then lists every parameter that has a value)."""
        given = self.arguments
        complete = {}
        for name, param in self._signature.parameters.items():
            if name in given:
                complete[name] = given[name]
            elif param.default is not _empty:
                complete[name] = param.default
            elif param.kind is _STAR_ARGS:
                complete[name] = ()
            elif param.kind is _STAR_KWARGS:
                complete[name] = {}
        self.arguments = complete

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


# --- signatures ---------------------------------------------------------------------------

def _checked_parameters(parameters):
    # kinds in order, no positional parameter without default after one with, unique names
    table = OrderedDict()
    highest = _POS_ONLY
    defaults_started = False
    for param in parameters:
        kind = param.kind
        if kind < highest:
            raise ValueError(f'wrong parameter order: {highest.description} parameter '
                             f'before {kind.description} parameter')
        highest = kind
        if kind <= _POS_OR_KW:
            if param.default is not _empty:
                defaults_started = True
            elif defaults_started:
                raise ValueError('non-default argument follows default argument')
        if param.name in table:
            raise ValueError(f'duplicate parameter name: {param.name!r}')
        table[param.name] = param
    return table


class Signature:
    """The call signature of a callable: an ordered mapping of Parameter objects and
    a return annotation. Immutable; see replace(). bind() checks arguments against it."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            table = OrderedDict()
        elif __validate_parameters__:
            table = _checked_parameters(parameters)
        else:
            table = OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of a callable (see signature())."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parameters and/or return annotation instead."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        # keyword-only parameters compare without their order
        params = self.parameters.values()
        ordered = tuple(p for p in params if p.kind != _KW_ONLY)
        by_name = {p.name: p for p in params if p.kind == _KW_ONLY}
        return ordered, by_name, self.return_annotation

    def __hash__(self):
        ordered, by_name, returns = self._hash_basis()
        return hash((ordered, frozenset(by_name.values()), returns))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Match args and kwargs to the parameters, as a call would (partial: missing
        arguments allowed); the TypeErrors are worded as CPython's inspect words them."""
        arguments = {}
        params = tuple(self.parameters.values())
        count = len(params)
        i = 0  # the next parameter to fill
        for given, value in enumerate(args):
            param = params[i] if i < count else None
            if param is None or param.kind >= _KW_ONLY:
                raise TypeError('too many positional arguments') from None
            i += 1
            if param.kind == _STAR_ARGS:
                arguments[param.name] = tuple(args[given:])
                break
            if param.name in kwargs and param.kind != _POS_ONLY:
                raise TypeError(f'multiple values for argument {param.name!r}') from None
            arguments[param.name] = value
        else:
            # the positional arguments ran out: the first unfilled parameter is checked
            # here, with the kind of parameter named in the message
            if i < count:
                param = params[i]
                if param.kind == _STAR_ARGS:
                    i += 1
                elif param.name in kwargs:
                    if param.kind == _POS_ONLY:
                        raise TypeError(f'{param.name!r} parameter is positional only, '
                                        'but was passed as a keyword') from None
                elif not (param.kind == _STAR_KWARGS or param.default is not _empty
                          or partial):
                    which = ' keyword-only' if param.kind == _KW_ONLY else ''
                    raise TypeError(f'missing a required{which} argument: '
                                    f'{param.name!r}') from None

        # the rest come by keyword
        var_keyword = None
        for param in params[i:]:
            if param.kind == _STAR_KWARGS:
                var_keyword = param
                continue
            if param.kind == _STAR_ARGS:
                continue
            if param.name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError(f'missing a required argument: {param.name!r}') from None
                continue
            value = kwargs.pop(param.name)
            if param.kind == _POS_ONLY:
                raise TypeError(f'{param.name!r} parameter is positional only, '
                                'but was passed as a keyword')
            arguments[param.name] = value
        if kwargs:
            if var_keyword is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map a call's arguments to the parameters (a BoundArguments), or raise the
        TypeError that the call would meet."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        # "/" after the last positional-only parameter, "*" before the first keyword-only
        # one unless a *args parameter already marks it
        parts = []
        kinds = [p.kind for p in self.parameters.values()]
        star_needed = _STAR_ARGS not in kinds
        for param, kind, after in zip(self.parameters.values(), kinds, kinds[1:] + [None]):
            if kind == _KW_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
            if kind == _POS_ONLY and after != _POS_ONLY:
                parts.append('/')
        text = f"({', '.join(parts)})"
        if self.return_annotation is not _empty:
            text += f' -> {formatannotation(self.return_annotation)}'
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: its parameters and return annotation."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


# --- signature(): where a callable's signature comes from ---------------------------------

def _signature_is_functionlike(obj):
    # objects that quack like functions (Cython's, say): code, name, defaults
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType)
            and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    """The signature a Python function's code object and defaults describe."""
    duck = not isfunction(func)
    if duck and not _signature_is_functionlike(func):
        raise TypeError(f'{func!r} is not a Python function')
    text = getattr(func, "__text_signature__", None)
    if text:
        return _signature_fromstr(cls, func, text, skip_bound_arg)
    make = cls._parameter_cls
    code = func.__code__
    names = code.co_varnames
    n_positional = code.co_argcount
    n_posonly = code.co_posonlyargcount
    n_kwonly = code.co_kwonlyargcount
    notes = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = n_positional - len(defaults)

    params = []
    for index, name in enumerate(names[:n_positional]):
        kind = _POS_ONLY if index < n_posonly else _POS_OR_KW
        default = defaults[index - first_default] if index >= first_default else _empty
        params.append(make(name, kind, default=default,
                           annotation=notes.get(name, _empty)))
    extra = n_positional + n_kwonly  # *args and **kwargs come after the keyword-only names
    if code.co_flags & CO_VARARGS:
        name = names[extra]
        extra += 1
        params.append(make(name, _STAR_ARGS, annotation=notes.get(name, _empty)))
    for name in names[n_positional:n_positional + n_kwonly]:
        params.append(make(name, _KW_ONLY, default=kwdefaults.get(name, _empty),
                           annotation=notes.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[extra]
        params.append(make(name, _STAR_KWARGS, annotation=notes.get(name, _empty)))
    return cls(params, return_annotation=notes.get('return', _empty),
               __validate_parameters__=duck)


def _signature_fromstr(cls, obj, text, skip_bound_arg=True):
    """A signature from a text signature "(a, b=1, /, *, c)" (builtins carry one in
    __text_signature__): compiled as a def; defaults evaluated in obj's module. A leading
    "$self"-style parameter is dropped when obj is bound."""
    params = text.strip()
    dollar = None
    if params.startswith('($') and params.endswith(')'):
        first, _, rest = params[2:-1].partition(',')
        dollar = first.strip()
        rest = rest.strip()
        if rest == '/' or rest.startswith('/,'):
            rest = rest[1:].lstrip(' ,')  # the $-parameter was the only positional-only one
        params = f'({rest})'
    home = getattr(sys.modules.get(getattr(obj, '__module__', None) or ''), '__dict__', {})
    scope = {}
    try:
        # defaults may name sys (list.index's "stop=sys.maxsize")
        exec(f"def __text_signature__{params}: pass", {'sys': sys, **home}, scope)
    except Exception:
        raise ValueError(f"{obj!r} builtin has invalid signature") from None
    sig = _signature_from_function(cls, scope['__text_signature__'])
    bound_to = getattr(obj, '__self__', None)
    if dollar is not None and not (skip_bound_arg and bound_to is not None
                                   and not ismodule(bound_to)) and dollar != 'module':
        first = cls._parameter_cls(dollar, _POS_ONLY)
        sig = sig.replace(parameters=[first, *sig.parameters.values()])
    return sig


def _signature_bound_method(sig):
    """The signature without its first parameter, which the binding supplies."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_STAR_KWARGS, _KW_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POS_OR_KW, _POS_ONLY):
        params = params[1:]
    elif kind is not _STAR_ARGS:  # (*args swallows the bound argument)
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """What is left of wrapped_sig once a functools.partial (or partialmethod) has
    supplied its arguments: bound positional parameters go; a parameter given by
    keyword keeps it as its default and, with every parameter after it, becomes
    keyword-only."""
    given_args = extra_args + (partial.args or ())
    given_kwargs = partial.keywords or {}
    try:
        bound = wrapped_sig.bind_partial(*given_args, **given_kwargs).arguments
    except TypeError as ex:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from ex
    kept = []
    moved = []
    keyword_only_now = False
    for name, param in wrapped_sig.parameters.items():
        kind = param.kind
        if name in bound:
            if kind is _POS_ONLY:
                continue
            if kind is _POS_OR_KW:
                if name not in given_kwargs:
                    continue
                keyword_only_now = True
            if kind in (_POS_OR_KW, _KW_ONLY):
                param = param.replace(default=bound[name])
        if keyword_only_now:
            if kind is _POS_OR_KW:
                moved.append(param.replace(kind=_KW_ONLY))
            elif kind in (_KW_ONLY, _STAR_KWARGS):
                moved.append(param)
            elif kind is _STAR_ARGS:
                pass  # nothing can reach it positionally any more
            else:
                kept.append(param)
            continue
        kept.append(param)
    return wrapped_sig.replace(parameters=kept + moved)


# the C-level callables: their signatures can only come from __text_signature__
_NonUserDefinedCallables = (types.WrapperDescriptorType, types.MethodWrapperType,
                            types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _signature_get_user_defined_method(cls, method_name):
    """cls's method_name when it is written in Python (not a slot of a builtin type)."""
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables) or isinstance(meth, types.MethodDescriptorType):
        return None
    if method_name == '__new__' and meth is object.__new__:
        return None
    return meth


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, _NonUserDefinedCallables) or obj in (type, object))


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    text = getattr(func, "__text_signature__", None)
    if not text:
        if func is object:
            return cls()  # (CPython's object carries the text signature "()")
        raise ValueError(f"no signature found for builtin {func!r}")
    return _signature_fromstr(cls, func, text, skip_bound_arg)


def _signature_of_class(obj, signature_of):
    """The signature calling class obj goes through: its metaclass's __call__, else the
    __new__ or __init__ defined nearest along the MRO; None when only builtins remain."""
    call = _signature_get_user_defined_method(type(obj), '__call__')
    if call is not None:
        return signature_of(call)
    new = _signature_get_user_defined_method(obj, '__new__')
    init = _signature_get_user_defined_method(obj, '__init__')
    for base in obj.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return signature_of(new)
        if init is not None and '__init__' in base.__dict__:
            return signature_of(init)
    return None


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    """Signature of any callable: bound methods drop their first parameter, wrappers are
    followed to what they wrap, __signature__ wins, partials remove what they supply,
    classes go through __call__/__new__/__init__, other objects through their type's
    __call__."""
    def signature_of(target):
        return _signature_from_callable(target, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')

    if isinstance(obj, types.MethodType):
        sig = signature_of(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__")
                     or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return signature_of(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            declared = sig
            if not isinstance(sig, (Signature, str)) and callable(sig):
                sig = sig()
            if isinstance(sig, str):
                sig = _signature_fromstr(sigcls, obj, sig)
            if not isinstance(sig, Signature):
                raise TypeError(f'unexpected object {declared!r} in __signature__ attribute')
            return sig

    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if isinstance(partialmethod, functools.partialmethod):
            # a method made by partialmethod: its self stays first
            wrapped_sig = signature_of(partialmethod.func)
            sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
            first = next(iter(wrapped_sig.parameters.values()))
            if first.kind is _STAR_ARGS:
                return sig
            return sig.replace(parameters=(first, *sig.parameters.values()))

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)

    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    if isinstance(obj, functools.partial):
        return _signature_get_partial(signature_of(obj.func), obj)

    sig = None
    if isinstance(obj, type):
        sig = _signature_of_class(obj, signature_of)
        if sig is None:
            for base in obj.__mro__[:-1]:
                text = getattr(base, '__text_signature__', None)
                if text:
                    return _signature_fromstr(sigcls, base, text)
            if type not in obj.__mro__:
                # a class with only object's __init__ and __new__ (pydive's builtin types
                # without a __new__ of their own, such as range, are not such a class)
                builtin_type = (obj.__module__ == 'builtins'
                                and getattr(builtins, obj.__name__, None) is obj)
                if (obj.__init__ is object.__init__ and obj.__new__ is object.__new__
                        and not builtin_type):
                    return sigcls.from_callable(object)
                raise ValueError(f'no signature found for builtin type {obj!r}')
    elif not isinstance(obj, _NonUserDefinedCallables):
        # an instance whose class defines __call__
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            text = getattr(obj, '__text_signature__', None)
            if text:
                return _signature_fromstr(sigcls, obj, text)
            sig = signature_of(call)

    if sig is not None:
        # the class (or instance) is what __call__/__new__/__init__ receive first
        return _signature_bound_method(sig) if skip_bound_arg else sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError(f'no signature found for builtin function {obj!r}')
    raise ValueError(f'callable {obj!r} is not supported by signature')


# --- argument specs and closures ----------------------------------------------------------

FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The names and defaults of a callable's parameters, as a FullArgSpec (the
    pre-Signature description; bound methods keep their self)."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False, sigcls=Signature)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    kwonlyargs = []
    defaults = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name, default = param.kind, param.name, param.default
        if kind <= _POS_OR_KW:
            args.append(name)
            if default is not param.empty:
                defaults.append(default)
        elif kind is _STAR_ARGS:
            varargs = name
        elif kind is _KW_ONLY:
            kwonlyargs.append(name)
            if default is not param.empty:
                kwdefaults[name] = default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonlyargs,
                       kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    """The values the parameters of func would take for this call, by name (a bound
    method's self included; *args a tuple and **kwargs a dict, empty when unused)."""
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
        func = func.__func__
    bound = signature(func, follow_wrapped=False).bind(*positional, **named)
    bound.apply_defaults()
    return dict(bound.arguments)


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The values a function's names refer to now: its free variables (nonlocals), the
    globals and builtins among co_names, and the names found in neither (unbound)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocals = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    found_globals = {}
    found_builtins = {}
    unbound = set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            found_globals[name] = global_ns[name]
        elif name in builtin_ns:
            found_builtins[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, found_globals, found_builtins, unbound)


# -- older helpers: module names, absolute files, frame arguments, class trees ----------------

_MODULE_SUFFIXES = (".cpython-312-x86_64-linux-gnu.so", ".abi3.so", ".so", ".pyc", ".py")


def getmodulename(path):
    """The module name a file of that name would define (None if it is no module file)."""
    name = os.path.basename(path)
    for suffix in _MODULE_SUFFIXES:  # longest first, as they overlap
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return None


def getabsfile(object, _filename=None):
    """The normalized absolute path of the file `object` comes from."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


Arguments = namedtuple("Arguments", "args, varargs, varkw")
ArgInfo = namedtuple("ArgInfo", "args varargs keywords locals")


def getargs(co):
    """(args, varargs, varkw) of a code object (keyword-only names after the positional)."""
    if not iscode(co):
        raise TypeError("{!r} is not a code object".format(co))
    names = co.co_varnames
    count = co.co_argcount + co.co_kwonlyargcount
    star = starstar = None
    if co.co_flags & CO_VARARGS:
        star = names[count]
        count += 1
    if co.co_flags & CO_VARKEYWORDS:
        starstar = names[count]
    return Arguments(list(names[:co.co_argcount + co.co_kwonlyargcount]), star, starstar)


def getargvalues(frame):
    """(args, varargs, keywords, locals) of the call running in `frame`."""
    names, star, starstar = getargs(frame.f_code)
    return ArgInfo(names, star, starstar, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: "*" + name,
                    formatvarkw=lambda name: "**" + name,
                    formatvalue=lambda value: "=" + repr(value)):
    """'(a=1, *rest=(), **kw={})' from what getargvalues() returns."""
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return "(" + ", ".join(parts) + ")"


def getlineno(frame):
    """The line the frame is running."""
    return frame.f_lineno


def walktree(classes, children, parent):
    """getclasstree()'s recursion: each class (sorted by module and name) with its bases,
    followed by the list of its subclasses when it has some."""
    out = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        out.append((c, c.__bases__))
        if c in children:
            out.append(walktree(children[c], children, c))
    return out


def getclasstree(classes, unique=False):
    """The classes as nested lists of (class, bases): a list after an entry holds the
    classes derived from it (a class with several bases appears under each, unless
    `unique`)."""
    children = {}
    roots = []
    for c in classes:
        if not c.__bases__:
            if c not in roots:
                roots.append(c)
            continue
        for base in c.__bases__:
            below = children.setdefault(base, [])
            if c not in below:
                below.append(c)
            if unique and base in classes:
                break
    roots.extend(base for base in children if base not in classes)
    return walktree(roots, children, None)
