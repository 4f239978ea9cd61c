"""Regular expression parser (pydive's re): pattern text -> syntax tree.

The tree is made of tuples; the flags in force (ignore case, dot-all, multi-line, ASCII)
are baked into the nodes while parsing, so the compiler never tracks scoped flags.

    ('lit', ch, icase, ascii)      a character
    ('any', dotall)                '.'
    ('set', items, negate, icase, ascii)
                                   items: ('ch', c) / ('range', lo, hi) / ('cat', 'd'..)
    ('cat', name, ascii)           \\d \\D \\w \\W \\s \\S outside a set
    ('seq', [nodes])               concatenation
    ('alt', [nodes])               alternation
    ('group', gid or None, node)
    ('repeat', node, min, max, kind)    max None = unbounded; kind greedy/lazy/possessive
    ('at', kind)                   bol bol_m eol eol_m A Z b B (b/B carry ascii: bA BA)
    ('backref', gid, icase, ascii)
    ('look', node, behind, negate, width)
    ('atomic', node)
    ('cond', gid, yes, no)
    ('fail',)
Errors are re.error with CPython's messages and positions.
"""

# flag values (as CPython's re)
TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

MAXREPEAT = 4294967295
MAXGROUPS = 2147483647 // 2

_FLAG_CHARS = {
    "i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL,
    "x": VERBOSE, "a": ASCII, "t": TEMPLATE, "u": UNICODE,
}
_TYPE_FLAGS = ASCII | LOCALE | UNICODE
_GLOBAL_FLAGS = DEBUG | TEMPLATE

DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")
SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

_SIMPLE_ESCAPES = {
    "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
    "\\": "\\",
}


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = 1 + pattern.count(nl, 0, pos)
            self.colno = pos - pattern.rfind(nl, 0, pos)
            text = '%s at position %d' % (msg, pos)
            # the line and column are spelled out only for multi-line patterns
            if nl in pattern:
                text += ' (line %d, column %d)' % (self.lineno, self.colno)
        super().__init__(text)


class State:
    """What the parser learns about the whole pattern: flags, groups and their names.

    widths[g] is None while group g is open (a reference to it is then an error);
    lookbehindgroups is the group count when the innermost lookbehind began."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]  # slot 0: the whole match
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        number = len(self.groupwidths)
        self.groupwidths.append(None)
        if len(self.groupwidths) > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            earlier = self.groupdict.get(name)
            if earlier is not None:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, number, earlier))
            self.groupdict[name] = number
        return number

    def closegroup(self, gid, width):
        self.groupwidths[gid] = width

    def checkgroup(self, gid):
        """Whether group gid exists and is closed (so it can be referred to)."""
        return gid < len(self.groupwidths) and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is None:
            return
        if not self.checkgroup(gid):
            raise source.error('cannot refer to an open group')
        if gid >= self.lookbehindgroups:
            raise source.error('cannot refer to group defined in the same '
                               'lookbehind subpattern')


class Tokenizer:
    """The pattern read one token at a time: a character, or a backslash and the character
    after it. `next` is the token ahead (None at the end); `index` is just past it."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        # bytes patterns are read as latin-1 text: one character per byte
        self.decoded_string = string if self.istext else str(string, 'latin1')
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        text, at = self.decoded_string, self.index
        if at >= len(text):
            self.next = None
            return
        token = text[at]
        if token == "\\":
            if at + 1 >= len(text):
                raise error("bad escape (end of pattern)", self.string, len(self.string) - 1)
            token += text[at + 1]
        self.index = at + len(token)
        self.next = token

    def match(self, char):
        """Consume the next token if it is char."""
        if self.next != char:
            return False
        self._advance()
        return True

    def get(self):
        token = self.next
        self._advance()
        return token

    def getwhile(self, n, charset):
        """Up to n tokens, while they are in charset, as a string."""
        taken = []
        while len(taken) < n and self.next in charset:
            taken.append(self.next)
            self._advance()
        return ''.join(taken)

    def getuntil(self, terminator, name):
        """The text up to terminator (consumed); errors name what was expected."""
        taken = ''
        while True:
            token = self.get()
            if token is None:
                if taken:
                    raise self.error("missing %s, unterminated name" % terminator,
                                     len(taken))
                raise self.error("missing " + name)
            if token == terminator:
                if not taken:
                    raise self.error("missing " + name, 1)
                return taken
            taken += token

    def tell(self):
        """Position of the next token in the pattern."""
        return self.index - len(self.next or '')

    pos = property(tell)

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        """An error for `offset` characters before the current position."""
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not self.istext and not name.isascii():
            raise self.error("bad character in group name %a" % name, len(name) + offset)
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)


def _ascii_of(flags):
    return bool(flags & (ASCII | LOCALE))


_CATEGORY_ESCAPES = {
    r"\d": ('cat', 'd'), r"\D": ('cat', 'D'),
    r"\s": ('cat', 's'), r"\S": ('cat', 'S'),
    r"\w": ('cat', 'w'), r"\W": ('cat', 'W'),
}

# \x, \u and \U: how many hex digits each takes (\u and \U only in str patterns)
_HEX_ESCAPE_DIGITS = {"x": 2, "u": 4, "U": 8}


def _octal_char(source, escape):
    value = int(escape[1:], 8)
    if value > 0o377:
        raise source.error('octal escape value %s outside of range 0-0o377' % escape,
                           len(escape))
    return chr(value)


def _coded_char(source, escape):
    """The character of a \\x.., \\u...., \\U........ or \\N{name} escape, or None when the
    escape is not one of those."""
    kind = escape[1]
    digits = _HEX_ESCAPE_DIGITS.get(kind)
    if digits is not None and (kind == "x" or source.istext):
        escape += source.getwhile(digits, HEXDIGITS)
        if len(escape) != 2 + digits:
            raise source.error("incomplete escape %s" % escape, len(escape))
        try:
            return chr(int(escape[2:], 16))
        except (ValueError, OverflowError):
            raise source.error("bad escape %s" % escape, len(escape)) from None
    if kind == "N" and source.istext:
        return _named_char(source, escape)
    return None


def _plain_escaped(source, escape):
    """\\n and friends, or a punctuation character standing for itself."""
    kind = escape[1]
    if kind in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[kind]
    if kind in ASCIILETTERS or kind in DIGITS:
        raise source.error("bad escape %s" % escape, len(escape))
    return kind


def _class_escape(source, escape, flags):
    """An escape inside [...]: a category item or ('ch', character)."""
    category = _CATEGORY_ESCAPES.get(escape)
    if category:
        return category
    char = _coded_char(source, escape)
    if char is None:
        if escape[1] in OCTDIGITS:
            # in a set, up to three octal digits make a character
            char = _octal_char(source, escape + source.getwhile(2, OCTDIGITS))
        else:
            char = _plain_escaped(source, escape)
    return ('ch', char)


def _named_char(source, escape):
    if not source.match('{'):
        raise source.error("missing {")
    name = source.getuntil('}', 'character name')
    span = len(name) + len(r'\N{}')
    try:
        import unicodedata
    except ImportError:
        raise source.error("undefined character name %r (no unicodedata module)" % name,
                           span) from None
    try:
        return unicodedata.lookup(name)
    except KeyError:
        raise source.error("undefined character name %r" % name, span) from None


# anchors outside a set: \A \Z, and \b \B (whose word test depends on ASCII)
_ANCHOR_ESCAPES = {r"\A": ('A', 'A'), r"\Z": ('Z', 'Z'), r"\b": ('b', 'bA'), r"\B": ('B', 'BA')}


def _group_reference(source, escape, state, icase, ascii):
    """\\1 .. \\99 refer to groups; three octal digits (\\123) make a character."""
    if source.next in DIGITS:
        escape += source.get()
        if escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and source.next in OCTDIGITS:
            escape += source.get()
            return ('lit', _octal_char(source, escape), icase, ascii)
    number = int(escape[1:])
    if number >= state.groups:
        raise source.error("invalid group reference %d" % number, len(escape) - 1)
    if not state.checkgroup(number):
        raise source.error("cannot refer to an open group", len(escape))
    state.checklookbehindgroup(number, source)
    return ('backref', number, icase, ascii)


def _escape(source, escape, state, flags):
    """An escape outside a set: an anchor, a category, a group reference or a character."""
    ascii = _ascii_of(flags)
    anchor = _ANCHOR_ESCAPES.get(escape)
    if anchor:
        return ('at', anchor[1] if ascii else anchor[0])
    category = _CATEGORY_ESCAPES.get(escape)
    if category:
        return ('cat', category[1], ascii)
    icase = bool(flags & IGNORECASE)
    char = _coded_char(source, escape)
    if char is None:
        if escape[1] == "0":
            # \0 and up to two more octal digits: always a character
            char = chr(int(escape[1:] + source.getwhile(2, OCTDIGITS), 8))
        elif escape[1] in DIGITS:
            return _group_reference(source, escape, state, icase, ascii)
        else:
            char = _plain_escaped(source, escape)
    return ('lit', char, icase, ascii)


def _uniq(items):
    return list(dict.fromkeys(items))


def _parse_sub(source, state, flags, nested):
    # alternation: branch ( "|" branch )*
    items = []
    start = source.tell()
    while True:
        items.append(_parse(source, state, flags, nested + 1,
                            not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            flags = _restart_flags(state, flags)
    if len(items) == 1:
        return items[0]
    return ('alt', items)


def _restart_flags(state, flags):
    # global flags seen at the start apply to the following branches too
    return flags | (state.flags & ~_GLOBAL_FLAGS)


def _parse(source, state, flags, nested, first=False):
    """One branch: items (with their repeats) up to '|', ')' or the end."""
    items = []
    while source.next is not None and source.next not in "|)":
        token = source.get()
        verbose = flags & VERBOSE
        if verbose and _skipped_in_verbose(source, token):
            continue
        ascii = _ascii_of(flags)
        icase = bool(flags & IGNORECASE)
        if token[0] == "\\":
            items.append(_escape(source, token, state, flags))
        elif token not in SPECIAL_CHARS:
            items.append(('lit', token, icase, ascii))
        elif token == "[":
            items.append(_parse_set(source, flags))
        elif token in REPEAT_CHARS:
            _parse_repeat(source, token, items, icase, ascii)
        elif token == ".":
            items.append(('any', bool(flags & DOTALL)))
        elif token == "(":
            flags = _parse_paren(source, state, flags, nested, first, items, verbose)
        elif token == "^":
            items.append(('at', 'bol_m' if flags & MULTILINE else 'bol'))
        elif token == "$":
            items.append(('at', 'eol_m' if flags & MULTILINE else 'eol'))
        else:
            raise AssertionError("unsupported special character %r" % (token,))
    return items[0] if len(items) == 1 else ('seq', items)


def _skipped_in_verbose(source, token):
    """In verbose mode whitespace and '#' comments (to the end of the line) are dropped."""
    if token in WHITESPACE:
        return True
    if token != "#":
        return False
    while source.next is not None and source.get() != "\n":
        pass
    return True


def _set_operation_name(op):
    return {'-': 'difference', '&': 'intersection', '~': 'symmetric difference'}.get(op, 'union')


def _parse_set(source, flags):
    """A [...] class, its '[' already read: a 'set' node (or one 'lit' for [x])."""
    opening = source.tell() - 1
    if source.next == '[':
        _warn('Possible nested set at position %d' % source.tell(), FutureWarning)
    negate = source.match("^")
    members = []

    def next_token():
        token = source.get()
        if token is None:
            raise source.error("unterminated character set", source.tell() - opening)
        return token

    while True:
        first = next_token()
        if first == "]" and members:
            break  # (a ']' right at the start is a member)
        if first[0] == "\\":
            low = _class_escape(source, first, flags)
        else:
            if members and first in '-&~|' and source.next == first:
                _warn('Possible set %s at position %d'
                      % (_set_operation_name(first), source.tell() - 1), FutureWarning)
            low = ('ch', first)
        if not source.match("-"):
            members.append(low)
            continue
        last = next_token()
        if last == "]":
            members += [low, ('ch', '-')]  # a '-' just before ']' is itself a member
            break
        if last[0] == "\\":
            high = _class_escape(source, last, flags)
        else:
            if last == '-':
                _warn('Possible set difference at position %d' % (source.tell() - 2),
                      FutureWarning)
            high = ('ch', last)
        if low[0] != 'ch' or high[0] != 'ch' or high[1] < low[1]:
            raise source.error("bad character range %s-%s" % (first, last),
                               len(first) + 1 + len(last))
        members.append(('range', low[1], high[1]))
    members = _uniq(members)
    icase, ascii = bool(flags & IGNORECASE), _ascii_of(flags)
    if len(members) == 1 and members[0][0] == 'ch' and not negate:
        return ('lit', members[0][1], icase, ascii)
    return ('set', tuple(members), negate, icase, ascii)


_SIMPLE_REPEATS = {"?": (0, 1), "*": (0, None), "+": (1, None)}


def _repeat_count(digits):
    count = int(digits)
    if count >= MAXREPEAT:
        raise OverflowError("the repetition number is too large")
    return count


def _parse_repeat(source, token, items, icase, ascii):
    """Apply ?, *, + or {m,n} (token, already read) to the last item. A '{' that does not
    start a valid {m,n} is a literal."""
    after = source.tell()
    if token in _SIMPLE_REPEATS:
        low, high = _SIMPLE_REPEATS[token]
    else:
        if source.next == "}":
            items.append(('lit', token, icase, ascii))
            return
        first = source.getwhile(MAXREPEAT, DIGITS)
        second = source.getwhile(MAXREPEAT, DIGITS) if source.match(",") else first
        if not source.match("}"):
            items.append(('lit', token, icase, ascii))
            source.seek(after)
            return
        low = _repeat_count(first) if first else 0
        high = _repeat_count(second) if second else None
        if high is not None and high < low:
            raise source.error("min repeat greater than max repeat", source.tell() - after)
    target = items[-1] if items else None
    span = source.tell() - after + len(token)
    if target is None or target[0] == 'at':
        raise source.error("nothing to repeat", span)
    if target[0] == 'repeat':
        raise source.error("multiple repeat", span)
    kind = 'lazy' if source.match("?") else 'possessive' if source.match("+") else 'greedy'
    items[-1] = ('repeat', target, low, high, kind)


def _expect_close(source, start):
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)


def _need(source):
    token = source.get()
    if token is None:
        raise source.error("unexpected end of pattern")
    return token


def _parse_paren(source, state, flags, nested, first, items, verbose):
    """A '(' construct, its '(' already read; appends its node to items (if any) and
    returns the flags for the rest of the branch (global flags change them)."""
    start = source.tell() - 1
    if not source.match("?"):
        items.append(_parse_group_body(source, state, flags, nested, start, True))
        return flags
    kind = _need(source)
    if kind == "P":
        if source.match("<"):
            name = source.getuntil(">", "group name")
            source.checkgroupname(name, 1)
            items.append(_parse_group_body(source, state, flags, nested, start, True, name))
        elif source.match("="):
            items.append(_named_backref(source, state, flags))
        else:
            other = _need(source)
            raise source.error("unknown extension ?P" + other, len(other) + 2)
    elif kind == ":":
        items.append(_parse_group_body(source, state, flags, nested, start, False))
    elif kind == ">":
        items.append(('atomic', _parse_group_body(source, state, flags, nested, start,
                                                  False)[2]))
    elif kind == "#":
        while True:
            if source.next is None:
                raise source.error("missing ), unterminated comment", source.tell() - start)
            if source.get() == ")":
                break
    elif kind in "=!<":
        items.append(_parse_lookaround(source, state, flags, nested, start, kind))
    elif kind == "(":
        items.append(_parse_conditional(source, state, flags, nested, start))
    elif kind in _FLAG_CHARS or kind == "-":
        change = _parse_flags(source, state, kind, flags)
        if change is None:  # (?x) alone: global flags
            if not first or items:
                raise source.error('global flags not at the start of the expression',
                                   source.tell() - start)
            if (state.flags & VERBOSE) and not verbose:
                raise _Verbose  # start over, reading the pattern as verbose
            return flags | state.flags
        added, removed = change
        scoped = (flags | added) & ~removed
        if added & _TYPE_FLAGS:
            scoped = (scoped & ~_TYPE_FLAGS) | (added & _TYPE_FLAGS)
        items.append(_parse_group_body(source, state, scoped, nested, start, False))
    else:
        raise source.error("unknown extension ?" + kind, len(kind) + 1)
    return flags


def _parse_group_body(source, state, flags, nested, start, capture, name=None):
    """The inside of a group up to its ')': ('group', number or None, node)."""
    number = None
    if capture:
        try:
            number = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    body = _parse_sub(source, state, flags, nested + 1)
    _expect_close(source, start)
    if number is not None:
        state.closegroup(number, getwidth(body, state.groupwidths))
    return ('group', number, body)


def _named_backref(source, state, flags):
    name = source.getuntil(")", "group name")
    source.checkgroupname(name, 1)
    number = state.groupdict.get(name)
    if number is None:
        raise source.error("unknown group name %r" % name, len(name) + 1)
    if not state.checkgroup(number):
        raise source.error("cannot refer to an open group", len(name) + 1)
    state.checklookbehindgroup(number, source)
    return ('backref', number, bool(flags & IGNORECASE), _ascii_of(flags))


def _parse_lookaround(source, state, flags, nested, start, kind):
    behind = kind == "<"
    if behind:
        kind = _need(source)
        if kind not in "=!":
            raise source.error("unknown extension ?<" + kind, len(kind) + 2)
        outer = state.lookbehindgroups
        if outer is None:
            # references inside may only reach groups closed before this lookbehind
            state.lookbehindgroups = state.groups
    body = _parse_sub(source, state, flags, nested + 1)
    if behind and outer is None:
        state.lookbehindgroups = None
    _expect_close(source, start)
    width = None
    if behind:
        low, high = getwidth(body, state.groupwidths)
        if low >= MAXREPEAT:
            # CPython's compiler: the width must fit a code word (widths here stop at
            # MAXREPEAT, so that one means "more")
            raise error("looks too much behind")
        if low != high:
            raise error("look-behind requires fixed-width pattern")
        width = low
    if kind == "=":
        return ('look', body, behind, False, width)
    if body == ('seq', []):
        return ('fail',)  # (?!) never matches
    return ('look', body, behind, True, width)


def _condition_group(source, state, text):
    """The group a (?(...)...) conditional tests: a name or a number (ASCII digits only)."""
    span = len(text) + 1
    if not (text.isdecimal() and text.isascii()):
        source.checkgroupname(text, 1)
        number = state.groupdict.get(text)
        if number is None:
            raise source.error("unknown group name %r" % text, span)
        return number
    number = int(text)
    if not number:
        raise source.error("bad group number", span)
    if number >= MAXGROUPS:
        raise source.error("invalid group reference %d" % number, span)
    state.grouprefpos.setdefault(number, source.tell() - span)
    return number


def _parse_conditional(source, state, flags, nested, start):
    number = _condition_group(source, state, source.getuntil(")", "group name"))
    state.checklookbehindgroup(number, source)
    yes = _parse(source, state, flags, nested + 1)
    no = None
    if source.match("|"):
        no = _parse(source, state, flags, nested + 1)
        if source.next == "|":
            raise source.error("conditional backref with more than two branches")
    _expect_close(source, start)
    return ('cond', number, yes, no)


class _Verbose(Exception):
    pass


def _parse_flags(source, state, char, flags):
    sourceget = source.get
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = _FLAG_CHARS[char]
            if source.istext:
                if char == 'L':
                    msg = "bad inline flags: cannot use 'L' flag with a str pattern"
                    raise source.error(msg)
            else:
                if char == 'u':
                    msg = "bad inline flags: cannot use 'u' flag with a bytes pattern"
                    raise source.error(msg)
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                msg = "bad inline flags: flags 'a', 'u' and 'L' are incompatible"
                raise source.error(msg)
            char = sourceget()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _FLAG_CHARS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = sourceget()
        if char is None:
            raise source.error("missing flag")
        if char not in _FLAG_CHARS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = _FLAG_CHARS[char]
            if flag & _TYPE_FLAGS:
                msg = "bad inline flags: cannot turn off flags 'a', 'u' and 'L'"
                raise source.error(msg)
            del_flags |= flag
            char = sourceget()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _FLAG_CHARS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    assert char == ":"
    if del_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def getwidth(node, widths=None):
    """(min, max) number of characters node can match (max capped at MAXREPEAT); a
    back-reference has its group's width when `widths` (State.groupwidths) knows it."""
    kind = node[0]
    if kind in ('lit', 'any', 'set', 'cat'):
        return 1, 1
    if kind == 'seq':
        lo = hi = 0
        for item in node[1]:
            l, h = getwidth(item, widths)
            lo += l
            hi += h
        return min(lo, MAXREPEAT), min(hi, MAXREPEAT)
    if kind == 'alt':
        spans = [getwidth(b, widths) for b in node[1]]
        return min(w[0] for w in spans), max(w[1] for w in spans)
    if kind in ('group', 'atomic'):
        return getwidth(node[-1], widths) if kind == 'atomic' else getwidth(node[2], widths)
    if kind == 'repeat':
        l, h = getwidth(node[1], widths)
        mx = node[3]
        lo = l * node[2]
        hi = MAXREPEAT if mx is None else h * mx
        return min(lo, MAXREPEAT), min(hi, MAXREPEAT)
    if kind == 'backref':
        gid = node[1]
        if widths is not None and gid < len(widths) and widths[gid] is not None:
            return widths[gid]
        return 0, MAXREPEAT
    if kind == 'cond':
        l, h = getwidth(node[2], widths)
        if node[3] is not None:
            l2, h2 = getwidth(node[3], widths)
            return min(l, l2), max(h, h2)
        return 0, h
    return 0, 0  # at, look, fail


def fix_flags(src, flags):
    # Check and fix flags according to the type of pattern (str or bytes)
    if isinstance(src, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(pattern, flags=0):
    """Parse a pattern into (tree, state)."""
    while True:
        source = Tokenizer(pattern)
        state = State()
        state.flags = flags
        base = flags
        if not source.istext:
            base |= ASCII  # bytes patterns match ASCII-only categories
        try:
            tree = _parse_sub(source, state, base, 0)
        except _Verbose:
            flags = state.flags | VERBOSE
            continue
        break
    state.flags = fix_flags(pattern, state.flags)
    if source.next is not None:
        assert source.next == ")"
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            msg = "invalid group reference %d" % g
            raise error(msg, pattern, state.grouprefpos[g])
    return tree, state


def _warn(message, category):
    # Attribute the warning to the first frame outside the re package.
    import sys
    try:
        frame = sys._getframe(1)
        here = frame.f_code.co_filename
        while frame is not None and frame.f_code.co_filename.startswith(
                here.rsplit('/', 1)[0] + '/'):
            frame = frame.f_back
    except (AttributeError, ValueError):
        frame = None
    import warnings
    if frame is None:
        warnings.warn(message, category, stacklevel=2)
        return
    g = frame.f_globals
    warnings.warn_explicit(message, category, frame.f_code.co_filename, frame.f_lineno,
                           g.get('__name__', '<string>'),
                           g.setdefault('__warningregistry__', {}))


def parse_template(source, pattern):
    """Parse a replacement template into a list: literal strings at even indexes,
    group numbers at odd ones (CPython's _parser.parse_template shape)."""
    s = Tokenizer(source)
    sget = s.get
    result = []
    literal = []
    lappend = literal.append

    def addliteral():
        if s.istext:
            result.append(''.join(literal))
        else:
            result.append(''.join(literal).encode('latin-1'))
        del literal[:]

    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, pos)
        addliteral()
        result.append(index)

    groupindex = pattern.groupindex
    while True:
        this = sget()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if not (name.isdecimal() and name.isascii()):
                    s.checkgroupname(name, 1)
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    index = int(name)
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index,
                                      len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next in OCTDIGITS:
                    this += sget()
                    if s.next in OCTDIGITS:
                        this += sget()
                lappend(chr(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                isoctal = False
                if s.next in DIGITS:
                    this += sget()
                    if (c in OCTDIGITS and this[2] in OCTDIGITS and
                            s.next in OCTDIGITS):
                        this += sget()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of '
                                          'range 0-0o377' % this, len(this))
                        lappend(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                try:
                    this = chr(_TEMPLATE_ESCAPES[c])
                except KeyError:
                    if c in ASCIILETTERS:
                        raise s.error('bad escape %s' % this, len(this)) from None
                lappend(this)
        else:
            lappend(this)
    addliteral()
    return result


_TEMPLATE_ESCAPES = {
    "a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92,
}
