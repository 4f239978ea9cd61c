"""Tokenizer for Python source (pydive's tokenize).

``generate_tokens(readline)`` yields ``TokenInfo`` tuples for str lines and
``tokenize(readline)`` for bytes lines (an ENCODING token first), as CPython 3.12's
tokenizer reports them: COMMENT and NL tokens, INDENT/DEDENT, f-strings as
FSTRING_START / FSTRING_MIDDLE / FSTRING_END with the fields' tokens between.
"""

import collections
import io
import re
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = [n for n in dir() if n.isupper() and not n.startswith('_')] + [
    "tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo",
    "TokenError", "open"]

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=kind))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


_NUMBER = re.compile(r'''
    (?: 0[xX](?:_?[0-9a-fA-F])+
      | 0[bB](?:_?[01])+
      | 0[oO](?:_?[0-7])+
      | (?: (?:[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)? | \.[0-9](?:_?[0-9])*)
            (?:[eE][-+]?[0-9](?:_?[0-9])*)?
          | [0-9](?:_?[0-9])*[eE][-+]?[0-9](?:_?[0-9])*
          ) [jJ]?
      | [0-9](?:_?[0-9])*[jJ]?
    )''', re.VERBOSE)
_NAME = re.compile(r'\w+')
_STRING_START = re.compile(r'([rRbBuUfF]{0,2})(\'\'\'|"""|\'|")')
_OPERATORS = sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)
_OPEN = '([{'
_CLOSE = ')]}'


class _Scanner:
    """Walks the whole source text, keeping the positions CPython's tokenizer gives."""

    def __init__(self, lines):
        self.lines = lines
        self.text = ''.join(lines)
        self.starts = []
        pos = 0
        for line in lines:
            self.starts.append(pos)
            pos += len(line)
        self.starts.append(pos)

    def where(self, offset):
        lo, hi = 0, len(self.lines)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid + 1] <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo >= len(self.lines):
            lo = max(len(self.lines) - 1, 0)
        return lo + 1, offset - self.starts[lo] if self.lines else 0

    def token(self, kind, start, end, string=None):
        if string is None:
            string = self.text[start:end]
        srow, scol = self.where(start)
        if end <= start:
            erow, ecol = srow, scol
        elif kind == FSTRING_MIDDLE:
            erow, ecol = self.where(end)
        else:
            # The end is just past the last character (a newline ends on its own line).
            erow, ecol = self.where(end - 1)
            ecol += 1
        line = ''.join(self.lines[srow - 1:erow])
        return TokenInfo(kind, string, (srow, scol), (erow, ecol), line)


def _generate(lines):
    sc = _Scanner(lines)
    text = sc.text
    n = len(text)
    indents = [0]
    parens = 0
    i = 0
    at_line_start = True
    line_has_tokens = False
    # f-string states: dicts with quote, raw, and a stack of field bracket depths.
    fstack = []

    def line_end(pos):
        j = text.find('\n', pos)
        return n if j < 0 else j

    def op_at(pos):
        for op in _OPERATORS:
            if text.startswith(op, pos):
                return op
        return None

    while True:
        if fstack and fstack[-1]['mode'] != 'expr':
            # Inside an f-string's literal text (or a format spec).
            st = fstack[-1]
            quote = st['quote']
            start = i
            buf = []
            while True:
                if i >= n:
                    raise TokenError('unterminated f-string literal', sc.where(start))
                if text.startswith(quote, i):
                    piece = ''.join(buf)
                    if piece or st.pop('force', False):
                        yield sc.token(FSTRING_MIDDLE, start, start + len(piece), piece)
                    if st['mode'] == 'spec':
                        raise TokenError("f-string: expecting '}'", sc.where(i))
                    yield sc.token(FSTRING_END, i, i + len(quote))
                    i += len(quote)
                    fstack.pop()
                    line_has_tokens = True
                    break
                ch = text[i]
                if ch == '\\' and not st['raw'] and i + 1 < n:
                    buf.append(text[i:i + 2])
                    i += 2
                    continue
                if ch in '{}':
                    if st['mode'] == 'middle' and text.startswith(ch * 2, i):
                        buf.append(ch)
                        piece = ''.join(buf)
                        yield sc.token(FSTRING_MIDDLE, start, start + len(piece), piece)
                        buf = []
                        i += 2
                        start = i
                        continue
                    piece = ''.join(buf)
                    if piece or st.pop('force', False):
                        yield sc.token(FSTRING_MIDDLE, start, start + len(piece), piece)
                    if ch == '{':
                        yield sc.token(OP, i, i + 1)
                        i += 1
                        st['fields'].append((st['mode'], 0))
                        st['mode'] = 'expr'
                    else:
                        if st['mode'] != 'spec':
                            raise TokenError("f-string: single '}' is not allowed", sc.where(i))
                        yield sc.token(OP, i, i + 1)
                        i += 1
                        outer = st['fields'].pop()
                        st['mode'] = outer[0]
                        if st['mode'] == 'spec':
                            st['force'] = True
                    break
                if ch == '\n' and len(quote) == 1:
                    raise TokenError('unterminated f-string literal', sc.where(start))
                buf.append(ch)
                i += 1
            continue

        if at_line_start and parens == 0 and not fstack:
            at_line_start = False
            if i >= n:
                break
            # Measure the indentation of a new logical line.
            j = i
            col = 0
            while j < n and text[j] in ' \t\f':
                if text[j] == ' ':
                    col += 1
                elif text[j] == '\t':
                    col = (col // 8 + 1) * 8
                else:
                    col = 0
                j += 1
            if j >= n:
                i = j
                break
            if text[j] in '#\r\n':
                # A blank or comment-only line: COMMENT and NL, no indentation change.
                if text[j] == '#':
                    e = line_end(j)
                    if text[e - 1:e] == '\r':
                        e -= 1
                    yield sc.token(COMMENT, j, e)
                    j = e
                if j < n:
                    nl_len = 2 if text.startswith('\r\n', j) else 1
                    yield sc.token(NL, j, j + nl_len)
                    j += nl_len
                else:
                    # A comment on the last line, without a newline: CPython's NL is ''.
                    row, c = sc.where(j)
                    yield TokenInfo(NL, '', (row, c), (row, c + 1), sc.lines[row - 1])
                i = j
                at_line_start = True
                continue
            if col > indents[-1]:
                indents.append(col)
                yield sc.token(INDENT, i, j)
            while col < indents[-1]:
                if col not in indents:
                    row, c = sc.where(j)
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", row, c, sc.lines[row - 1]))
                indents.pop()
                yield sc.token(DEDENT, j, j, '')
            i = j
            line_has_tokens = False

        if i >= n:
            break
        ch = text[i]
        if ch in ' \t\f':
            i += 1
            continue
        if ch == '#':
            e = line_end(i)
            if text[e - 1:e] == '\r':
                e -= 1
            yield sc.token(COMMENT, i, e)
            i = e
            continue
        if ch == '\\' and text.startswith('\n', i + 1) or text.startswith('\\\r\n', i):
            i += 3 if text[i + 1] == '\r' else 2
            continue
        if ch in '\r\n':
            nl_len = 2 if text.startswith('\r\n', i) else 1
            if parens == 0 and not fstack and line_has_tokens:
                yield sc.token(NEWLINE, i, i + nl_len)
                line_has_tokens = False
            else:
                yield sc.token(NL, i, i + nl_len)
            i += nl_len
            at_line_start = parens == 0 and not fstack
            continue
        line_has_tokens = True
        st = fstack[-1] if fstack else None
        if st is not None and st['fields'] and st['fields'][-1][1] == 0:
            # At the top level of an f-string field: ':' opens the spec, '}' closes it.
            if ch == '}' or (ch == ':' and not text.startswith(':=', i)):
                yield sc.token(OP, i, i + 1)
                i += 1
                if ch == ':':
                    st['mode'] = 'spec'
                else:
                    outer = st['fields'].pop()
                    st['mode'] = outer[0]
                    if st['mode'] == 'spec':
                        st['force'] = True
                continue
        m = _STRING_START.match(text, i)
        if m and (m.group(1) == '' or not _NAME.match(text, m.end(1)) or m.end(1) == m.start(2)):
            prefix, quote = m.group(1), m.group(2)
            if 'f' in prefix.lower():
                yield sc.token(FSTRING_START, i, m.end())
                i = m.end()
                fstack.append({'quote': quote, 'raw': 'r' in prefix.lower(), 'mode': 'middle',
                               'fields': []})
                continue
            j = m.end()
            raw = 'r' in prefix.lower()
            while True:
                if j >= n or (len(quote) == 1 and text[j] == '\n'):
                    row, c = sc.where(i)
                    if len(quote) == 3:
                        raise TokenError('EOF in multi-line string', (row, c))
                    raise TokenError('unterminated string literal (detected at line '
                                     f'{sc.where(min(j, n - 1))[0]})', (row, c))
                if text[j] == '\\':
                    j += 2
                    continue
                if text.startswith(quote, j):
                    j += len(quote)
                    break
                j += 1
            yield sc.token(STRING, i, j)
            i = j
            continue
        m = _NUMBER.match(text, i)
        if m and (ch.isdigit() or (ch == '.' and i + 1 < n and text[i + 1].isdigit())):
            yield sc.token(NUMBER, i, m.end())
            i = m.end()
            continue
        if ch.isidentifier():
            m = _NAME.match(text, i)
            j = m.end() if m else i + 1
            while j < n and (text[i:j + 1]).isidentifier():
                j += 1
            yield sc.token(NAME, i, j)
            i = j
            continue
        op = op_at(i)
        if op is not None:
            if st is not None and st['fields']:
                mode, depth = st['fields'][-1]
                if op in _OPEN:
                    st['fields'][-1] = (mode, depth + 1)
                elif op in _CLOSE:
                    st['fields'][-1] = (mode, depth - 1)
            elif op in _OPEN:
                parens += 1
            elif op in _CLOSE:
                parens = max(parens - 1, 0)
            yield sc.token(OP, i, i + len(op))
            i += len(op)
            continue
        yield sc.token(ERRORTOKEN, i, i + 1)
        i += 1

    # End of input: a missing final newline, the pending DEDENTs, ENDMARKER.
    nlines = len(lines)
    if line_has_tokens:
        row, col = sc.where(n)
        if lines and not lines[-1].endswith(('\n', '\r')):
            row, col = nlines, len(lines[-1])
        yield TokenInfo(NEWLINE, '', (row, col), (row, col + 1), lines[-1] if lines else '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (nlines + 1, 0), (nlines + 1, 0), '')
    yield TokenInfo(ENDMARKER, '', (nlines + 1, 0), (nlines + 1, 0), '')


def _read_all(readline):
    lines = []
    while True:
        try:
            line = readline()
        except StopIteration:
            break
        if not line:
            break
        lines.append(line)
    return lines


def generate_tokens(readline):
    """Tokens of the str lines readline() returns (until '' or StopIteration)."""
    return _generate(_read_all(readline))


def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
            enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """(encoding, first lines read) of a bytes source: a BOM or a coding cookie in the
    first two lines, else 'utf-8'."""
    read = []
    bom = False
    default = 'utf-8'

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError("invalid or missing encoding declaration") from None
        m = cookie_re.match(text)
        if not m:
            return None
        enc = _get_normal_name(m.group(1))
        if bom and enc != 'utf-8':
            raise SyntaxError('encoding problem: utf-8')
        return enc + '-sig' if bom else enc

    first = next_line()
    if first.startswith(b'\xef\xbb\xbf'):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    read.append(first)
    enc = cookie_of(first)
    if enc:
        return enc, read
    if not blank_re.match(first):
        return default, read
    second = next_line()
    if not second:
        return default, read
    read.append(second)
    enc = cookie_of(second)
    return (enc or default), read


def tokenize(readline):
    """Tokens of the bytes lines readline() returns, after an ENCODING token."""
    encoding, first = detect_encoding(readline)
    rest = _read_all(readline)
    codec = 'utf-8' if encoding == 'utf-8-sig' else encoding
    lines = [b.decode(codec) for b in first + rest]
    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _generate(lines)


def open(filename):
    """Open a Python source file in text mode with the encoding it declares."""
    import builtins
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(buffer.readline)
        buffer.seek(0)
        return io.TextIOWrapper(buffer, encoding, line_buffering=True)
    except BaseException:
        buffer.close()
        raise


def untokenize(iterable):
    """Source text from tokens: exact when they carry positions, else spaced."""
    out = []
    row, col = 1, 0
    encoding = None
    indents = []
    prev_kind = None
    at_start = False
    for tok in iterable:
        kind, string = tok[0], tok[1]
        if kind == ENCODING:
            encoding = string
            continue
        if len(tok) >= 4:
            (srow, scol), (erow, ecol) = tok[2], tok[3]
            if kind == ENDMARKER:
                break
            if srow > row:
                if out and out[-1] not in ('\n', '\r\n') and not out[-1].endswith('\n'):
                    out.append('\\\n' * (srow - row))
                row, col = srow, 0
            if scol > col:
                out.append(' ' * (scol - col))
            if kind == FSTRING_MIDDLE:
                string = string.replace('{', '{{').replace('}', '}}')
            out.append(string)
            row, col = erow, ecol
            if kind == FSTRING_MIDDLE and srow == erow:
                # Doubled braces take more room than the token's own positions say.
                col = scol + len(string)
            if kind in (NEWLINE, NL):
                row, col = row + 1, 0
        else:
            # Only (type, string): names and numbers get a space after them.
            if kind in (NAME, NUMBER):
                string += ' '
            if kind == STRING:
                if prev_kind == STRING:
                    string = ' ' + string
            if kind == INDENT:
                indents.append(string)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_start = True
            elif at_start and indents:
                out.append(indents[-1])
                at_start = False
            if kind == FSTRING_MIDDLE:
                string = string.replace('{', '{{').replace('}', '}}')
            out.append(string)
            prev_kind = kind
    text = ''.join(out)
    return text.encode(encoding) if encoding is not None else text


def _main(args=None):
    import sys
    path = (args or sys.argv[1:] or ['-'])[0]
    if path == '-':
        tokens = generate_tokens(sys.stdin.readline)
    else:
        with open(path) as f:
            tokens = list(generate_tokens(f.readline))
    for t in tokens:
        print("%d,%d-%d,%d:\t%-15s\t%r" % (t.start + t.end + (tok_name[t.type], t.string)))


if __name__ == "__main__":
    _main()
