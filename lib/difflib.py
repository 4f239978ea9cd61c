"""difflib: compare sequences (pydive's own implementation of CPython 3.12's module).

The matching is the Ratcliff/Obershelp "gestalt" approach CPython uses: find the longest
matching block, recurse on both sides, with CPython's junk and popularity heuristics, so that
the blocks, opcodes, ratios and diffs come out exactly as CPython's. `HtmlDiff` is not
provided.
"""

import re
from collections import namedtuple
from heapq import nlargest
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes',
           'HtmlDiff', 'Match']

Match = namedtuple('Match', 'a b size')


def _ratio(matches, total):
    return 2.0 * matches / total if total else 1.0


class SequenceMatcher:
    """Finds the matching blocks of two sequences of hashable items."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # Where each element of b occurs; junk and (for long b) very common elements are
        # left out of the index, so matches never start on them.
        positions = {}
        for index, item in enumerate(self.b):
            positions.setdefault(item, []).append(index)
        self.bjunk = set()
        if self.isjunk:
            self.bjunk = {item for item in positions if self.isjunk(item)}
            for item in self.bjunk:
                del positions[item]
        self.bpopular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            self.bpopular = {item for item, where in positions.items() if len(where) > limit}
            for item in self.bpopular:
                del positions[item]
        self.b2j = positions

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] inside the given ranges: the earliest in
        a, then in b, among the longest; then grown over neighbours the index left out."""
        a, b, index, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        # run_ending_at[j]: length of the match ending at a[i-1], b[j] (dynamic programming
        # over one row at a time).
        run_ending_at = {}
        for i in range(alo, ahi):
            row = {}
            for j in index.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = row[j] = run_ending_at.get(j - 1, 0) + 1
                if length > best_size:
                    best_i, best_j, best_size = i - length + 1, j - length + 1, length
            run_ending_at = row
        # Grow over equal non-junk items first (popular ones), then over equal junk items.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
            while (best_i + best_size < ahi and best_j + best_size < bhi
                   and (b[best_j + best_size] in junk) == want_junk
                   and a[best_i + best_size] == b[best_j + best_size]):
                best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        """The matching blocks (i, j, n), increasing, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        found = []
        pending = [(0, len_a, 0, len_b)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, size = block
            if size:
                found.append(block)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + size < ahi and j + size < bhi:
                    pending.append((i + size, ahi, j + size, bhi))
        found.sort()
        merged = []
        cur_i = cur_j = cur_size = 0
        for i, j, size in found:
            if cur_i + cur_size == i and cur_j + cur_size == j:
                cur_size += size
                continue
            if cur_size:
                merged.append(Match(cur_i, cur_j, cur_size))
            cur_i, cur_j, cur_size = i, j, size
        if cur_size:
            merged.append(Match(cur_i, cur_j, cur_size))
        merged.append(Match(len_a, len_b, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b: replace, delete, insert, equal."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        steps = []
        for block_i, block_j, size in self.get_matching_blocks():
            if i < block_i and j < block_j:
                steps.append(('replace', i, block_i, j, block_j))
            elif i < block_i:
                steps.append(('delete', i, block_i, j, block_j))
            elif j < block_j:
                steps.append(('insert', i, block_i, j, block_j))
            i, j = block_i + size, block_j + size
            if size:
                steps.append(('equal', block_i, i, block_j, j))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """Opcodes in hunks with at most n lines of context around each change."""
        codes = list(self.get_opcodes()) or [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        hunk = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # A long unchanged stretch closes this hunk and opens the next.
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and not (len(hunk) == 1 and hunk[0][0] == 'equal'):
            yield hunk

    def ratio(self):
        """2*M/T: M matched items, T the items of both sequences."""
        matched = sum(block.size for block in self.get_matching_blocks())
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), from the items' counts alone."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = {}
        matched = 0
        for item in self.a:
            remaining = left[item] if item in left else self.fullbcount.get(item, 0)
            left[item] = remaining - 1
            if remaining > 0:
                matched += 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio(), from the lengths alone."""
        len_a, len_b = len(self.a), len(self.b)
        return _ratio(min(len_a, len_b), len_a + len_b)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) possibilities whose similarity to word is at least cutoff."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """A blank line, or one holding only '#' (and white space)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """A space or a tab."""
    return ch in ws


# --- line-oriented diffs -----------------------------------------------------------------


def _check_strings(a, b, *args):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _unified_range(start, stop):
    first, count = start + 1, stop - start
    if count == 1:
        return '%d' % first
    if count == 0:
        first -= 1
    return '%d,%d' % (first, count)


def _context_range(start, stop):
    first, count = start + 1, stop - start
    if count == 0:
        first -= 1
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


def _dated(name, date):
    return name + ('\t' + date if date else '')


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The differences of two lists of lines as a unified diff."""
    _check_strings(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield '--- ' + _dated(fromfile, fromfiledate) + lineterm
            yield '+++ ' + _dated(tofile, tofiledate) + lineterm
        yield '@@ -%s +%s @@%s' % (_unified_range(hunk[0][1], hunk[-1][2]),
                                   _unified_range(hunk[0][3], hunk[-1][4]), lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The differences of two lists of lines as a context diff."""
    _check_strings(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield '*** ' + _dated(fromfile, fromfiledate) + lineterm
            yield '--- ' + _dated(tofile, tofiledate) + lineterm
        tags = {step[0] for step in hunk}
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(hunk[0][1], hunk[-1][2]), lineterm)
        if tags & {'replace', 'delete'}:
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_context_range(hunk[0][3], hunk[-1][4]), lineterm)
        if tags & {'replace', 'insert'}:
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """Run a str diff function (unified_diff, context_diff) over bytes, as latin-1."""
    def as_text(value):
        try:
            return str(value, 'ascii')
        except TypeError:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value))

    a = [line.decode('latin-1') for line in a]
    b = [line.decode('latin-1') for line in b]
    names = [as_text(x) for x in (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    for line in dfunc(a, b, names[0], names[1], names[2], names[3], n, names[4]):
        yield line.encode('latin-1')


# --- Differ: human-readable line deltas ----------------------------------------------------


def _tags_over_whitespace(line, tags):
    # Keep the line's own tabs/spaces under unchanged positions so the '?' guide lines up.
    return ''.join(ch if mark == ' ' and ch.isspace() else mark
                   for ch, mark in zip(line, tags))


class Differ:
    """Lines prefixed '- ', '+ ', '  ', with '? ' guides under changed characters."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, lines, lo, hi):
        for index in range(lo, hi):
            yield '%s %s' % (tag, lines[index])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block goes first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Pair the most similar lines of the two blocks (ratio above 0.75), show that pair
        # character by character, and handle what is above and below it the same way.
        best_ratio, cutoff = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        first_equal = None
        for j in range(blo, bhi):
            chars.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if first_equal is None:
                        first_equal = (i, j)
                    continue
                chars.set_seq1(a[i])
                if (chars.real_quick_ratio() > best_ratio and chars.quick_ratio() > best_ratio
                        and chars.ratio() > best_ratio):
                    best_ratio, best_i, best_j = chars.ratio(), i, j
        if best_ratio < cutoff:
            if first_equal is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            (best_i, best_j), identical = first_equal, True
        else:
            identical = False
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        old, new = a[best_i], b[best_j]
        if identical:
            yield '  ' + old
        else:
            old_marks = new_marks = ''
            chars.set_seqs(old, new)
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                width_a, width_b = i2 - i1, j2 - j1
                if tag == 'replace':
                    old_marks += '^' * width_a
                    new_marks += '^' * width_b
                elif tag == 'delete':
                    old_marks += '-' * width_a
                elif tag == 'insert':
                    new_marks += '+' * width_b
                elif tag == 'equal':
                    old_marks += ' ' * width_a
                    new_marks += ' ' * width_b
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(old, new, old_marks, new_marks)
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _tags_over_whitespace(aline, atags).rstrip()
        btags = _tags_over_whitespace(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff/compare delta came from (which: 1 or 2)."""
    try:
        own = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ('  ', own):
            yield line[2:]


class HtmlDiff:
    """Side-by-side HTML tables: not provided by pydive yet."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("difflib.HtmlDiff is not supported by pydive yet")
