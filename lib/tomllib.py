"""TOML 1.0 reader for pydive: loads() and load() return plain dicts.

Behaviour (values, error texts and the line/column they name) follows CPython 3.12's tomllib.
The parser is a single scanner object walking the text by index; tables are dicts, arrays
lists, datetimes come from the datetime module.
"""

import re as _re

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_SPACE = " \t"
_SPACE_NL = " \t\n"
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_HEX = frozenset("0123456789abcdefABCDEF")
_CONTROL = frozenset([chr(c) for c in range(32)] + [chr(127)])
_BAD_ONE_LINE = _CONTROL - {"\t"}  # in one-line strings and comments
_BAD_MULTI = _CONTROL - {"\t", "\n"}  # in multi-line strings
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

_CLOCK = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_TIME_ONLY = _re.compile(_CLOCK)
_DATE_TIME = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _CLOCK + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"
)
_NUMBER = _re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"((?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)"
)
_SPECIAL_FLOATS = ("inf", "nan", "-inf", "+inf", "-nan", "+nan")

_zones = {}


def _zone(sign, hh, mm):
    key = (sign, hh, mm)
    tz = _zones.get(key)
    if tz is None:
        from datetime import timedelta, timezone
        k = -1 if sign == "-" else 1
        tz = _zones[key] = timezone(timedelta(hours=k * int(hh), minutes=k * int(mm)))
    return tz


def _micro(digits):
    return int((digits + "00000")[:6]) if digits else 0


class _Marks:
    """Which keys are closed for later definitions.

    `declared`: tables named by a [header] or made by dotted keys (not re-openable by a
    header); `sealed`: inline tables and arrays, immutable with everything below them."""

    def __init__(self):
        self.declared = set()
        self.sealed = set()
        self.waiting = []

    def is_declared(self, key):
        return bool(key) and key in self.declared

    def is_sealed(self, key):
        for n in range(1, len(key) + 1):
            if key[:n] in self.sealed:
                return True
        return False

    def commit_waiting(self):
        self.declared.update(self.waiting)
        self.waiting.clear()

    def forget_below(self, key):
        n = len(key)
        self.declared = {k for k in self.declared if k[:n] != key}
        self.sealed = {k for k in self.sealed if k[:n] != key}


def _descend(root, key, into_arrays=True):
    """The dict at `key` under `root`, made on the way; KeyError if a value is in the way."""
    here = root
    for part in key:
        if part not in here:
            here[part] = {}
        here = here[part]
        if into_arrays and type(here) is list:
            here = here[-1]
        if type(here) is not dict:
            raise KeyError(part)
    return here


class _Scanner:
    def __init__(self, text, parse_float):
        self.text = text
        self.n = len(text)
        # one character per item: indexing a list costs the same wherever it looks
        self.chars = list(text)
        self.parse_float = parse_float

    # -- errors -------------------------------------------------------------------------

    def fail(self, at, message):
        text = self.text
        if at >= self.n:
            where = "end of document"
        else:
            line = text.count("\n", 0, at) + 1
            col = at + 1 if line == 1 else at - text.rindex("\n", 0, at)
            where = "line %d, column %d" % (line, col)
        return TOMLDecodeError("%s (at %s)" % (message, where))

    # -- small steps --------------------------------------------------------------------

    def peek(self, at):
        return self.chars[at] if at < self.n else None

    # str methods taking a start index are linear in that index on pydive's strings: these
    # look at a window of the text from `at` instead.
    def starts(self, prefix, at):
        return self.text[at:at + len(prefix)] == prefix

    def find(self, mark, at):
        """Index of `mark` at or after `at`, or -1."""
        text, n = self.text, self.n
        width = 256
        while True:
            end = min(n, at + width)
            hit = text[at:end].find(mark)
            if hit >= 0:
                return at + hit
            if end >= n:
                return -1
            width *= 4
            # keep a mark that straddles the window's end findable
            at = max(at, end - len(mark) + 1) if len(mark) > 1 else end

    def skip(self, at, chars):
        text, n = self.chars, self.n
        while at < n and text[at] in chars:
            at += 1
        return at

    def scan_to(self, at, mark, forbidden, must_find):
        """Index of `mark` at or after `at` (end of text if absent and not `must_find`);
        no character of `forbidden` may come before it."""
        text = self.text
        stop = self.find(mark, at)
        if stop < 0:
            stop = self.n
            if must_find:
                raise self.fail(stop, "Expected %r" % mark)
        for i in range(at, stop):
            if self.chars[i] in forbidden:
                raise self.fail(i, "Found invalid character %r" % self.chars[i])
        return stop

    def comment(self, at):
        if self.peek(at) == "#":
            return self.scan_to(at + 1, "\n", _BAD_ONE_LINE, False)
        return at

    def blank_in_array(self, at):
        while True:
            start = at
            at = self.comment(self.skip(at, _SPACE_NL))
            if at == start:
                return at

    # -- the document -------------------------------------------------------------------

    def document(self):
        text, n = self.text, self.n
        root = {}
        marks = _Marks()
        table = ()
        at = 0
        while True:
            at = self.skip(at, _SPACE)
            if at >= n:
                break
            c = self.chars[at]
            if c == "\n":
                at += 1
                continue
            if c in _BARE or c == '"' or c == "'":
                at = self.assignment(at, root, marks, table)
                at = self.skip(at, _SPACE)
            elif c == "[":
                marks.commit_waiting()
                if self.peek(at + 1) == "[":
                    at, table = self.array_header(at + 2, root, marks)
                else:
                    at, table = self.table_header(at + 1, root, marks)
                at = self.skip(at, _SPACE)
            elif c != "#":
                raise self.fail(at, "Invalid statement")
            at = self.comment(at)
            if at >= n:
                break
            if self.chars[at] != "\n":
                raise self.fail(at, "Expected newline or end of document after a statement")
            at += 1
        return root

    def table_header(self, at, root, marks):
        at, key = self.key(self.skip(at, _SPACE))
        if marks.is_declared(key) or marks.is_sealed(key):
            raise self.fail(at, "Cannot declare %s twice" % (key,))
        marks.declared.add(key)
        try:
            _descend(root, key)
        except KeyError:
            raise self.fail(at, "Cannot overwrite a value") from None
        if self.peek(at) != "]":
            raise self.fail(at, "Expected ']' at the end of a table declaration")
        return at + 1, key

    def array_header(self, at, root, marks):
        at, key = self.key(self.skip(at, _SPACE))
        if marks.is_sealed(key):
            raise self.fail(at, "Cannot mutate immutable namespace %s" % (key,))
        marks.forget_below(key)
        marks.declared.add(key)
        try:
            holder = _descend(root, key[:-1])
            last = key[-1]
            if last not in holder:
                holder[last] = [{}]
            elif type(holder[last]) is list:
                holder[last].append({})
            else:
                raise KeyError(last)
        except KeyError:
            raise self.fail(at, "Cannot overwrite a value") from None
        if self.starts("]]", at):
            return at + 2, key
        raise self.fail(at, "Expected ']]' at the end of an array declaration")

    def assignment(self, at, root, marks, table):
        at, key, value = self.pair(at)
        for n in range(1, len(key)):
            middle = table + key[:n]
            if marks.is_declared(middle):
                raise self.fail(at, "Cannot redefine namespace %s" % (middle,))
            marks.waiting.append(middle)
        parent = table + key[:-1]
        if parent and marks.is_sealed(parent):
            raise self.fail(at, "Cannot mutate immutable namespace %s" % (parent,))
        try:
            target = _descend(root, parent)
        except KeyError:
            raise self.fail(at, "Cannot overwrite a value") from None
        name = key[-1]
        if name in target:
            raise self.fail(at, "Cannot overwrite a value")
        if type(value) is dict or type(value) is list:
            marks.sealed.add(table + key)
        target[name] = value
        return at

    # -- keys ---------------------------------------------------------------------------

    def pair(self, at):
        at, key = self.key(at)
        if self.peek(at) != "=":
            raise self.fail(at, "Expected '=' after a key in a key/value pair")
        at, value = self.value(self.skip(at + 1, _SPACE))
        return at, key, value

    def key(self, at):
        parts = []
        while True:
            at, part = self.key_part(at)
            parts.append(part)
            at = self.skip(at, _SPACE)
            if self.peek(at) != ".":
                return at, tuple(parts)
            at = self.skip(at + 1, _SPACE)

    def key_part(self, at):
        c = self.peek(at)
        if c is not None and c in _BARE:
            end = self.skip(at, _BARE)
            return end, self.text[at:end]
        if c == "'":
            return self.literal(at + 1)
        if c == '"':
            return self.basic(at + 1, False)
        raise self.fail(at, "Invalid initial character for a key part")

    # -- strings ------------------------------------------------------------------------

    def literal(self, at):
        end = self.scan_to(at, "'", _BAD_ONE_LINE, True)
        return end + 1, self.text[at:end]

    def basic(self, at, multi):
        text, n = self.text, self.n
        bad = _BAD_MULTI if multi else _BAD_ONE_LINE
        pieces = []
        run = at
        while True:
            if at >= n:
                raise self.fail(at, "Unterminated string")
            c = self.chars[at]
            if c == '"':
                if not multi:
                    pieces.append(text[run:at])
                    return at + 1, "".join(pieces)
                if self.starts('"""', at):
                    pieces.append(text[run:at])
                    return at + 3, "".join(pieces)
                at += 1
            elif c == "\\":
                pieces.append(text[run:at])
                at, piece = self.escape(at, multi)
                pieces.append(piece)
                run = at
            elif c in bad:
                raise self.fail(at, "Illegal character %r" % c)
            else:
                at += 1

    def escape(self, at, multi):
        text = self.text
        what = text[at + 1:at + 2]
        at += 2
        if multi and what in (" ", "\t", "\n"):
            # a line-ending backslash: drop it and the blanks after it
            if what != "\n":
                at = self.skip(at, _SPACE)
                if at >= self.n:
                    return at, ""
                if self.chars[at] != "\n":
                    raise self.fail(at, "Unescaped '\\' in a string")
                at += 1
            return self.skip(at, _SPACE_NL), ""
        if what == "u" or what == "U":
            width = 4 if what == "u" else 8
            digits = text[at:at + width]
            if len(digits) != width or not _HEX.issuperset(digits):
                raise self.fail(at, "Invalid hex value")
            at += width
            code = int(digits, 16)
            if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                raise self.fail(at, "Escaped character is not a Unicode scalar value")
            return at, chr(code)
        if what in _ESCAPES:
            return at, _ESCAPES[what]
        raise self.fail(at, "Unescaped '\\' in a string")

    def multiline(self, at, quote):
        at += 3
        if self.peek(at) == "\n":
            at += 1
        if quote == "'":
            end = self.scan_to(at, "'''", _BAD_MULTI, True)
            body = self.text[at:end]
            at = end + 3
        else:
            at, body = self.basic(at, True)
        # a closing run of four or five quotes keeps one or two of them
        for _ in range(2):
            if self.peek(at) != quote:
                break
            body += quote
            at += 1
        return at, body

    # -- values -------------------------------------------------------------------------

    def value(self, at):
        text = self.text
        c = self.peek(at)
        if c == '"' or c == "'":
            if self.starts(c * 3, at):
                return self.multiline(at, c)
            if c == "'":
                return self.literal(at + 1)
            return self.basic(at + 1, False)
        if c == "t" and self.starts("true", at):
            return at + 4, True
        if c == "f" and self.starts("false", at):
            return at + 5, False
        if c == "[":
            return self.array(at + 1)
        if c == "{":
            return self.inline_table(at + 1)
        # the regexes see the rest of this line only (a value never spans lines)
        stop = self.find("\n", at)
        line = text[at:] if stop < 0 else text[at:stop]
        m = _DATE_TIME.match(line)
        if m:
            try:
                found = self.make_datetime(m.groups())
            except ValueError as e:
                raise self.fail(at, "Invalid date or datetime") from e
            return at + m.end(), found
        m = _TIME_ONLY.match(line)
        if m:
            from datetime import time
            hh, mi, ss, frac = m.groups()
            return at + m.end(), time(int(hh), int(mi), int(ss), _micro(frac))
        m = _NUMBER.match(line)
        if m:
            word = m.group()
            if m.group(1):
                return at + m.end(), self.make_float(word)
            return at + m.end(), int(word, 0)
        for word in _SPECIAL_FLOATS:
            if self.starts(word, at):
                return at + len(word), self.make_float(word)
        raise self.fail(at, "Invalid value")

    def make_float(self, word):
        convert = self.parse_float
        if convert is float:
            return float(word)
        result = convert(word)
        if isinstance(result, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return result

    def make_datetime(self, g):
        from datetime import date, datetime, timezone
        year, month, day = int(g[0]), int(g[1]), int(g[2])
        if g[3] is None:
            return date(year, month, day)
        if g[8]:
            tz = _zone(g[8], g[9], g[10])
        elif g[7]:
            tz = timezone.utc
        else:
            tz = None
        return datetime(year, month, day, int(g[3]), int(g[4]), int(g[5]), _micro(g[6]),
                        tzinfo=tz)

    def array(self, at):
        items = []
        at = self.blank_in_array(at)
        if self.peek(at) == "]":
            return at + 1, items
        while True:
            at, item = self.value(at)
            items.append(item)
            at = self.blank_in_array(at)
            c = self.peek(at)
            if c == "]":
                return at + 1, items
            if c != ",":
                raise self.fail(at, "Unclosed array")
            at = self.blank_in_array(at + 1)
            if self.peek(at) == "]":
                return at + 1, items

    def inline_table(self, at):
        table = {}
        sealed = _Marks()
        at = self.skip(at, _SPACE)
        if self.peek(at) == "}":
            return at + 1, table
        while True:
            at, key, value = self.pair(at)
            if sealed.is_sealed(key):
                raise self.fail(at, "Cannot mutate immutable namespace %s" % (key,))
            try:
                target = _descend(table, key[:-1], False)
            except KeyError:
                raise self.fail(at, "Cannot overwrite a value") from None
            name = key[-1]
            if name in target:
                raise self.fail(at, "Duplicate inline table key %r" % (name,))
            target[name] = value
            at = self.skip(at, _SPACE)
            c = self.peek(at)
            if c == "}":
                return at + 1, table
            if c != ",":
                raise self.fail(at, "Unclosed inline table")
            if type(value) is dict or type(value) is list:
                sealed.sealed.add(key)
            at = self.skip(at + 1, _SPACE)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    text = s.replace("\r\n", "\n")
    return _Scanner(text, parse_float).document()


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)
