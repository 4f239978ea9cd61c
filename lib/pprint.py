"""Pretty-printing of data structures (pydive's pprint).

An object whose repr fits in the remaining width prints as its repr (made with sorted dict
keys and with recursion and depth cut off). One that does not is broken over lines by the
layout registered for its type's __repr__ in PrettyPrinter._dispatch: containers one item a
line (or packed, with compact=True), long strings and bytes cut into adjacent literals. The
results are CPython 3.12's character for character.
"""

import collections as _collections
import dataclasses as _dataclasses
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty-printed text of object, as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint(), keeping dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() protected against recursive data structures."""
    return _one_line(object)[0]


def isreadable(object):
    """Whether eval() of saferepr(object) could rebuild it."""
    return _one_line(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return _one_line(object)[2]


class _safe_key:
    """A sort key that orders anything: by value when comparable, else by (type name, id)."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine = (str(type(self.obj)), id(self.obj))
            theirs = (str(type(other.obj)), id(other.obj))
            return mine < theirs


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# types whose repr is taken as is (int is handled apart: underscore_numbers)
_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _has_generated_repr(obj):
    """A dataclass instance whose __repr__ is the one dataclasses wrote (compiled from a
    string), not the user's."""
    if isinstance(obj, type) or not _dataclasses.is_dataclass(obj):
        return False
    if not obj.__dataclass_params__.repr:
        return False
    inner = getattr(obj.__repr__, "__wrapped__", None)
    code = getattr(inner, "__code__", None)
    return code is not None and (code.co_filename == "<string>"
                                 or "__create_fn__" in inner.__qualname__)


def _split_words(line):
    # words each with the whitespace after them, so that joining them gives the line back
    return [w for w in re.findall(r"\S*\s*", line) if w]


def _wrap_bytes_repr(object, width, allowance):
    """bytes literals for consecutive slices of object (whole groups of 4 bytes), each
    within width; the last one leaves room for allowance."""
    current = b""
    last_start = len(object) // 4 * 4
    for start in range(0, len(object), 4):
        part = object[start:start + 4]
        if start == last_start:
            width -= allowance
        if len(repr(current + part)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current += part
    if current:
        yield repr(current)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        """indent: extra columns per nesting level; width: the line length to keep under;
        depth: levels shown before '...'; stream: where pprint() writes (sys.stdout);
        compact: pack short items on a line; sort_dicts: order dicts by key;
        underscore_numbers: write ints as 1_000_000."""
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # ---- the public methods

    def pprint(self, object):
        if self._stream is None:
            return  # no stdout (pythonw-like)
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object on one line; subclasses may override.
        context: ids of the containers being formatted; maxlevels: depth limit (falsy: none)."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- the driver

    def _format(self, object, stream, indent, allowance, context, level):
        """Write object at column `indent`, keeping `allowance` columns free after it."""
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive, self._readable = True, False
            return
        flat = self._repr(object, context, level)
        if len(flat) <= self._width - indent - allowance:
            stream.write(flat)
            return
        layout = self._dispatch.get(type(object).__repr__)
        if layout is None and _has_generated_repr(object):
            layout = PrettyPrinter._pprint_dataclass
        if layout is None:
            stream.write(flat)
            return
        context[key] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    # ---- laying out the items of containers

    def _format_items(self, items, stream, indent, allowance, context, level):
        """Items one a line, or (compact) as many as fit on each line."""
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write(" " * (self._indent_per_level - 1))
        newline = ",\n" + " " * indent
        full = room = self._width - indent + 1
        items = iter(items)
        sentinel = object()
        upcoming = next(items, sentinel)
        separator = ""
        while upcoming is not sentinel:
            item, upcoming = upcoming, next(items, sentinel)
            is_last = upcoming is sentinel
            if is_last:
                full -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if separator:
                        separator = newline
                if room >= need:
                    room -= need
                    write(separator)
                    write(text)
                    separator = ", "
                    continue
            write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if is_last else 1, context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        """'key: value' pairs one a line."""
        write = stream.write
        indent += self._indent_per_level
        items = list(items)
        for pos, (key, value) in enumerate(items):
            is_last = pos == len(items) - 1
            key_text = self._repr(key, context, level)
            write(key_text + ": ")
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if is_last else 1, context, level)
            if not is_last:
                write(",\n" + " " * indent)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        """'name=value' pairs one a line (namespaces and dataclasses)."""
        write = stream.write
        items = list(items)
        for pos, (name, value) in enumerate(items):
            is_last = pos == len(items) - 1
            write(name + "=")
            if id(value) in context:
                write("...")  # as the recursive repr of a dataclass shows it
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if is_last else 1, context, level)
            if not is_last:
                write(",\n" + " " * indent)

    # ---- one layout per type (registered in _dispatch below)

    def _open_dict(self, stream, prefix):
        stream.write(prefix)
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        self._open_dict(stream, "{")
        if len(object):
            pairs = (sorted(object.items(), key=_safe_tuple) if self._sort_dicts
                     else object.items())
            self._format_dict_items(pairs, stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        closing = ",)" if len(object) == 1 else ")"
        stream.write("(")
        self._format_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        kind = type(object)
        if kind is set:
            opening, closing = "{", "}"
        else:
            opening, closing = kind.__name__ + "({", "})"
            indent += len(kind.__name__) + 1
        stream.write(opening)
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        outermost = level == 1  # a top-level string gets parentheses around its pieces
        if outermost:
            indent += 1
            allowance += 1
        pieces = []
        lines = object.splitlines(True)
        for number, line in enumerate(lines):
            final_line = number == len(lines) - 1
            limit = self._width - indent - (allowance if final_line else 0)
            if len(repr(line)) <= limit:
                pieces.append(repr(line))
                continue
            # cut the line between words, each piece as long as fits
            words = _split_words(line)
            current = ""
            for pos, word in enumerate(words):
                limit = self._width - indent
                if final_line and pos == len(words) - 1:
                    limit -= allowance
                if len(repr(current + word)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        text = ("\n" + " " * indent).join(pieces)
        stream.write("(" + text + ")" if outermost else text)

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        text = ("\n" + " " * indent).join(
            _wrap_bytes_repr(object, self._width - indent, allowance))
        stream.write("(" + text + ")" if outermost else text)

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + len("bytearray("), allowance + 1,
                           context, level + 1)
        stream.write(")")

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + len("mappingproxy("), allowance + 1,
                     context, level)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace itself shows as 'namespace'; subclasses by their own name
        if type(object) is _types.SimpleNamespace:
            name = "namespace"
        else:
            name = type(object).__name__
        stream.write(name + "(")
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(")")

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        shown = [(f.name, getattr(object, f.name)) for f in _dataclasses.fields(object)
                 if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(shown, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(")")

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        factory = self._repr(object.default_factory, context, level)
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        self._open_dict(stream, name + "({")
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write("})")

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        indent += len(name) + 1
        for pos, mapping in enumerate(maps):
            if pos < len(maps) - 1:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)
            else:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(")")

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "([")
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
            return
        self._format_items(object, stream, indent, 2, context, level)
        limit = self._repr(object.maxlen, context, level)
        stream.write("],\n%smaxlen=%s)" % (" " * indent, limit))

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the data they wrap
        self._format(object.data, stream, indent, allowance, context, level - 1)

    _pprint_user_dict = _pprint_user_list = _pprint_user_string = _pprint_user_wrapper

    # ---- one-line reprs

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive) with dicts sorted, cycles and depth cut off."""
        kind = type(object)
        if kind in _builtin_scalars:
            return repr(object), True, False
        own_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            text = f"{object:_d}" if self._underscore_numbers else repr(object)
            return text, True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            pairs = (sorted(object.items(), key=_safe_tuple) if self._sort_dicts
                     else object.items())
            return self._safe_container(object, "{%s}", pairs, True, context, maxlevels,
                                        level)
        is_list = issubclass(kind, list) and own_repr is list.__repr__
        if is_list or (issubclass(kind, tuple) and own_repr is tuple.__repr__):
            if not object:
                return ("[]" if is_list else "()"), True, False
            shape = "[%s]" if is_list else "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container(object, shape, object, False, context, maxlevels,
                                        level)
        text = repr(object)
        return text, (text and not text.startswith("<")), False

    def _safe_container(self, object, shape, members, pairs, context, maxlevels, level):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for member in members:
            for piece in (member if pairs else (member,)):
                text, ok, loops = self.format(piece, context, maxlevels, level + 1)
                parts.append(text)
                readable = readable and ok
                recursive = recursive or loops
        del context[key]
        if pairs:
            parts = ["%s: %s" % (parts[i], parts[i + 1]) for i in range(0, len(parts), 2)]
        return shape % ", ".join(parts), readable, recursive

    _dispatch = {}


def _register():
    table = PrettyPrinter._dispatch
    P = PrettyPrinter
    C = _collections
    for kind, layout in ((dict, P._pprint_dict), (C.OrderedDict, P._pprint_ordered_dict),
                         (list, P._pprint_list), (tuple, P._pprint_tuple),
                         (set, P._pprint_set), (frozenset, P._pprint_set),
                         (str, P._pprint_str), (bytes, P._pprint_bytes),
                         (bytearray, P._pprint_bytearray),
                         (_types.MappingProxyType, P._pprint_mappingproxy),
                         (_types.SimpleNamespace, P._pprint_simplenamespace),
                         (C.defaultdict, P._pprint_default_dict),
                         (C.Counter, P._pprint_counter), (C.ChainMap, P._pprint_chain_map),
                         (C.deque, P._pprint_deque), (C.UserDict, P._pprint_user_dict),
                         (C.UserList, P._pprint_user_list),
                         (C.UserString, P._pprint_user_string)):
        if kind.__repr__ is not object.__repr__:  # a type without its own repr: no layout
            table[kind.__repr__] = layout


_register()
del _register
