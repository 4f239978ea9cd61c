"""Text wrapping and filling (pydive's textwrap, pure Python).

A paragraph is cut into chunks (runs of whitespace, words, the parts of hyphenated words) and the
chunks are then packed greedily into lines no wider than the requested width.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace wrapping cares about: ASCII only, so that a no-break space stays inside a word.
_WS = '\t\n\x0b\x0c\r '


def _chunk_pattern():
    """The chunker used when breaking on hyphens is allowed.

    A chunk is one of: a whitespace run; an em-dash ("--" or longer) sitting between a word and
    a word character; or the shortest run of non-space characters that ends at a break point.
    Break points are after a hyphen with letters on both sides, before whitespace or the end of
    the text, and before an em-dash that follows word punctuation.
    """
    space = '[' + re.escape(_WS) + ']'
    solid = '[^' + re.escape(_WS) + ']'
    punct = r'''[\w!"'&.,?]'''
    alpha = r'[^\d\W]'
    hyphen_break = ('-(?:(?<=' + alpha + '{2}-)|(?<=' + alpha + '-' + alpha + '-))'
                    '(?=' + alpha + '-?' + alpha + ')')
    end_break = '(?=' + space + r'|\Z)'
    dash_break = '(?<=' + punct + r')(?=-{2,}\w)'
    alternatives = [
        space + '+',
        '(?<=' + punct + r')-{2,}(?=\w)',
        solid + '+?(?:' + '|'.join([hyphen_break, end_break, dash_break]) + ')',
    ]
    return re.compile('(' + '|'.join(alternatives) + ')')


def _is_blank(chunk):
    return chunk.strip() == ''


class TextWrapper:
    """Wraps and fills paragraphs; the settings are the constructor's arguments.

    wrap() and fill() are the interface. The underscore methods are the steps they go through
    (whitespace munging, chunking, packing chunks into lines) so that a subclass can change one.
    """

    unicode_whitespace_trans = {ord(c): 32 for c in _WS}

    wordsep_re = _chunk_pattern()
    wordsep_simple_re = re.compile('([' + re.escape(_WS) + ']+)')
    # a lowercase letter, a full stop / ! / ?, maybe a closing quote, at the chunk's end
    sentence_end_re = re.compile(r'[a-z][.!?]["\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # ---- from text to chunks

    def _munge_whitespace(self, text):
        """Expand tabs, then make every other whitespace character a plain space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if not self.replace_whitespace:
            return text
        return text.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """Cut the text into the indivisible chunks the packer works with."""
        # only the value True selects the hyphen-aware chunker (as CPython)
        pattern = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return list(filter(None, pattern.split(text)))

    def _fix_sentence_endings(self, chunks):
        """Widen the single space after a sentence's end to two."""
        looks_final = self.sentence_end_re.search
        for pos in range(len(chunks) - 1):
            if chunks[pos + 1] == " " and looks_final(chunks[pos]):
                chunks[pos + 1] = "  "

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # ---- from chunks to lines

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk wider than a whole line (reversed_chunks[-1])."""
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            # it goes whole onto a line of its own
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # rather cut just after a hyphen that has something other than hyphens before it
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_width(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        # the placeholder alone must fit on the line it may end up on
        last_indent = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
        if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _gather_line(self, pending, room):
        """Pop chunks (pending is reversed) onto a new line; return it and its length."""
        line, used = [], 0
        while pending and used + len(pending[-1]) <= room:
            used += len(pending[-1])
            line.append(pending.pop())
        if pending and len(pending[-1]) > room:
            self._handle_long_word(pending, line, used, room)
            used = sum(len(c) for c in line)
        if self.drop_whitespace and line and _is_blank(line[-1]):
            used -= len(line[-1])
            line.pop()
        return line, used

    def _is_last_line_complete(self, pending, used, room):
        """With max_lines reached, can this line end the text as it is?"""
        if used > room:
            return False
        if not pending:
            return True
        return self.drop_whitespace and len(pending) == 1 and _is_blank(pending[0])

    def _close_with_placeholder(self, lines, line, used, indent, room):
        mark = self.placeholder
        while line:
            if not _is_blank(line[-1]) and used + len(mark) <= room:
                lines.append(indent + ''.join(line) + mark)
                return
            used -= len(line[-1])
            line.pop()
        # nothing of this line can stay: append to the previous line if it has room
        if lines:
            before = lines[-1].rstrip()
            if len(before) + len(mark) <= self.width:
                lines[-1] = before + mark
                return
        lines.append(indent + mark.lstrip())

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines at most self.width wide; return the lines."""
        self._check_width()
        lines = []
        pending = chunks
        pending.reverse()  # the next chunk is at the end: pop() is cheap
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            # a whitespace chunk does not start a line (except the first)
            if lines and self.drop_whitespace and _is_blank(pending[-1]):
                pending.pop()
            line, used = self._gather_line(pending, room)
            if not line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or self._is_last_line_complete(pending, used, room)):
                lines.append(indent + ''.join(line))
            else:
                self._close_with_placeholder(lines, line, used, indent, room)
                break
        return lines

    # ---- public interface

    def wrap(self, text):
        """The lines (a list, no newlines) of one paragraph wrapped to self.width columns."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """One paragraph wrapped to self.width columns, as a single string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """wrap() one paragraph with a TextWrapper made from the keyword arguments."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """fill() one paragraph with a TextWrapper made from the keyword arguments."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Squeeze runs of whitespace, then cut to one line of `width`, marked by the placeholder."""
    squeezed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squeezed)


def _common_prefix(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


def dedent(text):
    """Strip from every line the leading spaces and tabs that all its non-blank lines share.

    Blank lines (only spaces and tabs) come back empty.
    """
    rows = text.split('\n')
    margin = None
    for i, row in enumerate(rows):
        body = row.lstrip(' \t')
        if not body:
            rows[i] = ''  # blank rows lose their spaces and tabs, and do not vote
            continue
        lead = row[:len(row) - len(body)]
        margin = lead if margin is None else _common_prefix(margin, lead)
    if margin:
        cut = len(margin)
        rows = [row[cut:] if row.startswith(margin) else row for row in rows]
    return '\n'.join(rows)


def indent(text, prefix, predicate=None):
    """Put `prefix` in front of the lines of `text` for which predicate(line) is true.

    Without a predicate, every line that holds something besides whitespace gets the prefix.
    """
    wanted = str.strip if predicate is None else predicate
    return ''.join([prefix + ln if wanted(ln) else ln for ln in text.splitlines(True)])
