"""Regular expression engine (pydive's re): syntax tree -> program -> backtracking VM.

The program is a list of instructions (tuples, opcode first). The VM keeps its state
in locals — pc, pos, caps (tuple of group boundaries), regs (tuple of loop counters),
lastindex — and an explicit stack of choice points, so long subjects never recurse in
Python. Choices are tried in the order CPython's sre tries them (greedy first, left
alternative first), which makes match results identical.
"""

from . import _parser

# opcodes
STR = 0        # (STR, text)                 literal run
ONE = 1        # (ONE, fn)                   one character accepted by fn
SPLIT = 2      # (SPLIT, first, second)      try first, then second
JMP = 3        # (JMP, target)
SAVE = 4       # (SAVE, slot)                group boundary
AT = 5         # (AT, kind)                  zero-width assertion
SINGLE = 6     # (SINGLE, fn, min, max, kind)  repeat of a one-character matcher
REP_START = 7  # (REP_START, reg)
REP_LOOP = 8   # (REP_LOOP, reg, min, max, greedy, enter, exit)
REP_ENTER = 9  # (REP_ENTER, reg)
REP_INC = 10   # (REP_INC, reg, loop)
BACKREF = 11   # (BACKREF, gid, icase, ascii)
LOOK = 12      # (LOOK, prog, behind, negate, width)
ATOMIC = 13    # (ATOMIC, prog)
COND = 14      # (COND, gid, yes, no)
MATCH = 15
FAIL = 16

# choice-point kinds on the backtrack stack
_CP_PC = 0        # (0, pc, pos, caps, regs, lastindex)
_CP_GREEDY = 1    # (1, next_pc, start, count, min, caps, regs, lastindex)
_CP_LAZY = 2      # (2, next_pc, start, count, max, fn, caps, regs, lastindex)


# ---------------------------------------------------------------------------
# Characters

# Characters that are equal ignoring case besides what lower() says (sre's table).
_EQUIVALENCES = (
    (0x69, 0x131), (0x73, 0x17f), (0xb5, 0x3bc), (0x345, 0x3b9, 0x1fbe),
    (0x390, 0x1fd3), (0x3b0, 0x1fe3), (0x3b2, 0x3d0), (0x3b5, 0x3f5),
    (0x3b8, 0x3d1), (0x3ba, 0x3f0), (0x3c0, 0x3d6), (0x3c1, 0x3f1),
    (0x3c2, 0x3c3), (0x3c6, 0x3d5), (0x1e61, 0x1e9b), (0xfb05, 0xfb06),
)
_EXTRA = {}
for _group in _EQUIVALENCES:
    for _c in _group:
        _EXTRA[chr(_c)] = frozenset(chr(x) for x in _group)
del _group, _c


def _lower(ch):
    # the simple (one character) lowercase mapping
    low = ch.lower()
    if len(low) == 1:
        return low
    return 'i' if ch == '\u0130' else ch


def _upper(ch):
    up = ch.upper()
    return up if len(up) == 1 else ch


def _ascii_lower(ch):
    if 'A' <= ch <= 'Z':
        return chr(ord(ch) + 32)
    return ch


def _case_variants(ch, ascii):
    """Characters equal to ch ignoring case (used for back-references)."""
    if ascii:
        low = _ascii_lower(ch)
        return frozenset({ch, low, low.upper() if low.isascii() else low})
    variants = {ch, _lower(ch), _upper(ch), _upper(_lower(ch)), _lower(_upper(ch))}
    for v in list(variants):
        variants |= _EXTRA.get(v, frozenset())
    return frozenset(variants)


def _has_case(ch, ascii):
    if ascii:
        return ch.isascii() and ch.isalpha()
    return _lower(ch) != ch or _upper(ch) != ch or ch in _EXTRA


def _fold_set(ch, ascii):
    """The lowercase form of ch and its special equivalents (sre's fixes)."""
    if ascii:
        return frozenset({_ascii_lower(ch)})
    low = _lower(ch)
    return frozenset({low}) | _EXTRA.get(low, frozenset())


def _icase_fn(ch, ascii):
    """Test for "equal to ch ignoring case" as sre's *_IGNORE opcodes decide: the
    subject character's lowercase form is ch's lowercase form or one of its
    special equivalents."""
    if ascii:
        low = _ascii_lower(ch)
        return lambda c: _ascii_lower(c) == low
    folds = _fold_set(ch, ascii)
    if len(folds) == 1:
        low = _lower(ch)
        return lambda c: _lower(c) == low
    return lambda c: _lower(c) in folds


def _is_word(ch, ascii):
    if ascii:
        return ch.isascii() and (ch.isalnum() or ch == '_')
    return ch.isalnum() or ch == '_'


def _category_fn(name, ascii):
    if name == 'd':
        return (lambda ch: '0' <= ch <= '9') if ascii else str.isdecimal
    if name == 'D':
        return (lambda ch: not ('0' <= ch <= '9')) if ascii else (lambda ch: not ch.isdecimal())
    if name == 's':
        return (lambda ch: ch in ' \t\n\r\f\v') if ascii else str.isspace
    if name == 'S':
        return (lambda ch: ch not in ' \t\n\r\f\v') if ascii else (lambda ch: not ch.isspace())
    if name == 'w':
        return lambda ch: _is_word(ch, ascii)
    return lambda ch: not _is_word(ch, ascii)


class _Charset:
    """A [...] set: single characters, ranges and categories, maybe negated."""

    __slots__ = ('chars', 'ranges', 'cats', 'negate', 'icase', 'ascii')

    def __init__(self, items, negate, icase, ascii):
        chars = set()
        ranges = []
        cats = []
        for item in items:
            if item[0] == 'ch':
                chars.add(item[1])
            elif item[0] == 'range':
                ranges.append((item[1], item[2]))
            else:
                cats.append(_category_fn(item[1], ascii))
        if icase:
            # sre compares the subject's lowercase form against the set's lowercase
            # forms (plus the special equivalents)
            folded = set()
            for c in chars:
                folded |= _fold_set(c, ascii)
            chars = folded
        self.chars = frozenset(chars)
        self.ranges = tuple(ranges)
        self.cats = tuple(cats)
        self.negate = negate
        self.icase = icase
        self.ascii = ascii

    def _contains(self, ch):
        if ch in self.chars:
            return True
        for lo, hi in self.ranges:
            if lo <= ch <= hi:
                return True
        for fn in self.cats:
            if fn(ch):
                return True
        return False

    def _contains_folded(self, c):
        lower = _ascii_lower if self.ascii else _lower
        if c in self.chars:
            return True
        up = c.upper() if (not self.ascii or c.isascii()) else c
        if len(up) != 1:
            up = c
        for lo, hi in self.ranges:
            if lo <= c <= hi or lo <= up <= hi:
                return True
        for fn in self.cats:
            if fn(c):
                return True
        return False

    def match(self, ch):
        if self.icase:
            c = _ascii_lower(ch) if self.ascii else _lower(ch)
            found = self._contains_folded(c)
        else:
            found = self._contains(ch)
        return found != self.negate


def _char_fn(node):
    """The one-character test for a node that matches exactly one character, or None."""
    kind = node[0]
    if kind == 'lit':
        ch, icase, ascii = node[1], node[2], node[3]
        if icase and _has_case(ch, ascii):
            return _icase_fn(ch, ascii)
        return ch.__eq__
    if kind == 'any':
        if node[1]:
            return lambda ch: True
        return lambda ch: ch != '\n'
    if kind == 'set':
        return _Charset(node[1], node[2], node[3], node[4]).match
    if kind == 'cat':
        return _category_fn(node[1], node[2])
    if kind == 'group' and node[1] is None:
        return _char_fn(node[2])
    return None


# ---------------------------------------------------------------------------
# Compiler

class _Compiler:
    def __init__(self):
        self.nregs = 0

    def compile(self, tree):
        prog = []
        self.emit(tree, prog)
        prog.append((MATCH,))
        return prog

    def subprogram(self, node):
        prog = []
        self.emit(node, prog)
        prog.append((MATCH,))
        return prog

    def emit(self, node, prog):
        kind = node[0]
        if kind == 'seq':
            items = node[1]
            i = 0
            while i < len(items):
                item = items[i]
                # runs of plain (case-sensitive) literals become one STR
                if item[0] == 'lit' and not (item[2] and _has_case(item[1], item[3])):
                    text = item[1]
                    i += 1
                    while i < len(items) and items[i][0] == 'lit' and not (
                            items[i][2] and _has_case(items[i][1], items[i][3])):
                        text += items[i][1]
                        i += 1
                    prog.append((STR, text))
                    continue
                self.emit(item, prog)
                i += 1
            return
        fn = _char_fn(node) if kind in ('lit', 'any', 'set', 'cat') else None
        if fn is not None:
            if kind == 'lit' and fn == node[1].__eq__:
                prog.append((STR, node[1]))
            else:
                prog.append((ONE, fn))
            return
        if kind == 'alt':
            jumps = []
            branches = node[1]
            for i, branch in enumerate(branches):
                if i < len(branches) - 1:
                    split_at = len(prog)
                    prog.append(None)
                    self.emit(branch, prog)
                    jumps.append(len(prog))
                    prog.append(None)
                    prog[split_at] = (SPLIT, split_at + 1, len(prog))
                else:
                    self.emit(branch, prog)
            for j in jumps:
                prog[j] = (JMP, len(prog))
            return
        if kind == 'group':
            gid = node[1]
            if gid is None:
                self.emit(node[2], prog)
                return
            prog.append((SAVE, 2 * gid))
            self.emit(node[2], prog)
            prog.append((SAVE, 2 * gid + 1))
            return
        if kind == 'repeat':
            self.emit_repeat(node, prog)
            return
        if kind == 'at':
            prog.append((AT, node[1]))
            return
        if kind == 'backref':
            prog.append((BACKREF, node[1], node[2], node[3]))
            return
        if kind == 'look':
            prog.append((LOOK, self.subprogram(node[1]), node[2], node[3], node[4]))
            return
        if kind == 'atomic':
            prog.append((ATOMIC, self.subprogram(node[1])))
            return
        if kind == 'cond':
            at = len(prog)
            prog.append(None)
            yes_pc = len(prog)
            self.emit(node[2], prog)
            jmp_at = len(prog)
            prog.append(None)
            no_pc = len(prog)
            if node[3] is not None:
                self.emit(node[3], prog)
            prog[at] = (COND, node[1], yes_pc, no_pc)
            prog[jmp_at] = (JMP, len(prog))
            return
        if kind == 'fail':
            prog.append((FAIL,))
            return
        raise AssertionError("unknown node %r" % (kind,))

    def emit_repeat(self, node, prog):
        _, body, lo, hi, how = node
        if how == 'possessive':
            # X*+ is (?>X*)
            prog.append((ATOMIC, self.subprogram(('repeat', body, lo, hi, 'greedy'))))
            return
        fn = _char_fn(body)
        if fn is not None:
            prog.append((SINGLE, fn, lo, hi, how == 'greedy'))
            return
        if lo == hi == 1:
            self.emit(body, prog)
            return
        if hi == 0:
            return
        reg = self.nregs
        self.nregs += 2
        prog.append((REP_START, reg))
        loop = len(prog)
        prog.append(None)
        enter = len(prog)
        prog.append((REP_ENTER, reg))
        self.emit(body, prog)
        prog.append((REP_INC, reg, loop))
        prog[loop] = (REP_LOOP, reg, lo, hi, how == 'greedy', enter, len(prog))


def compile_tree(tree):
    c = _Compiler()
    prog = c.compile(tree)
    return prog, c.nregs


# ---------------------------------------------------------------------------
# The VM

def _at(kind, s, pos, end):
    if kind == 'bol':
        return pos == 0
    if kind == 'bol_m':
        return pos == 0 or s[pos - 1] == '\n'
    if kind == 'eol':
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if kind == 'eol_m':
        return pos == end or s[pos] == '\n'
    if kind == 'A':
        return pos == 0
    if kind == 'Z':
        return pos == end
    ascii = kind in ('bA', 'BA')
    before = pos > 0 and _is_word(s[pos - 1], ascii)
    after = pos < end and _is_word(s[pos], ascii)
    if kind in ('b', 'bA'):
        return before != after
    return before == after


def run(prog, s, pos, end, caps, regs, must_advance=False, fullmatch=False,
        lastindex=-1):
    """Run prog at pos; return (end_pos, caps, lastindex) of the first match, or None."""
    start = pos
    stack = []
    push = stack.append
    pc = 0
    while True:
        op = prog[pc]
        code = op[0]
        if code == STR:
            text = op[1]
            n = len(text)
            if pos + n <= end and (s[pos] == text if n == 1 else s.startswith(text, pos)):
                pos += n
                pc += 1
                continue
        elif code == ONE:
            if pos < end and op[1](s[pos]):
                pos += 1
                pc += 1
                continue
        elif code == SPLIT:
            push((_CP_PC, op[2], pos, caps, regs, lastindex))
            pc = op[1]
            continue
        elif code == JMP:
            pc = op[1]
            continue
        elif code == SAVE:
            slot = op[1]
            caps = caps[:slot] + (pos,) + caps[slot + 1:]
            if slot & 1:
                lastindex = slot >> 1
            pc += 1
            continue
        elif code == SINGLE:
            fn, lo, hi, greedy = op[1], op[2], op[3], op[4]
            limit = end if hi is None else min(end, pos + hi)
            if greedy:
                i = pos
                while i < limit and fn(s[i]):
                    i += 1
                count = i - pos
                if count >= lo:
                    if count > lo:
                        push((_CP_GREEDY, pc + 1, pos, count, lo, caps, regs, lastindex))
                    pos = i
                    pc += 1
                    continue
            else:
                i = pos
                while i < pos + lo and i < end and fn(s[i]):
                    i += 1
                if i - pos == lo:
                    if hi is None or lo < hi:
                        push((_CP_LAZY, pc + 1, pos, lo, hi, fn, caps, regs, lastindex))
                    pos = i
                    pc += 1
                    continue
        elif code == AT:
            if _at(op[1], s, pos, end):
                pc += 1
                continue
        elif code == REP_START:
            r = op[1]
            regs = regs[:r] + (0, -1) + regs[r + 2:]
            pc += 1
            continue
        elif code == REP_LOOP:
            r, lo, hi, greedy, enter, exit = op[1], op[2], op[3], op[4], op[5], op[6]
            count = regs[r]
            if count < lo:
                # required iterations do not record where they started (as sre)
                pc = enter + 1
                continue
            if (hi is not None and count >= hi) or regs[r + 1] == pos:
                # done, or the last optional iteration matched nothing: stop looping
                pc = exit
                continue
            if greedy:
                push((_CP_PC, exit, pos, caps, regs, lastindex))
                regs = regs[:r + 1] + (pos,) + regs[r + 2:]
                pc = enter + 1
            else:
                push((_CP_PC, enter, pos, caps, regs, lastindex))
                pc = exit
            continue
        elif code == REP_ENTER:
            r = op[1]
            regs = regs[:r + 1] + (pos,) + regs[r + 2:]
            pc += 1
            continue
        elif code == REP_INC:
            r = op[1]
            regs = regs[:r] + (regs[r] + 1,) + regs[r + 1:]
            pc = op[2]
            continue
        elif code == BACKREF:
            gid = op[1]
            gs, ge = caps[2 * gid], caps[2 * gid + 1]
            if gs >= 0 and ge >= 0:
                n = ge - gs
                if pos + n <= end:
                    if op[2]:
                        ok = True
                        for k in range(n):
                            a, b = s[gs + k], s[pos + k]
                            if a != b and not _icase_fn(a, op[3])(b):
                                ok = False
                                break
                    else:
                        ok = s[pos:pos + n] == s[gs:ge]
                    if ok:
                        pos += n
                        pc += 1
                        continue
        elif code == LOOK:
            sub, behind, negate, width = op[1], op[2], op[3], op[4]
            if behind:
                at = pos - width
                result = None if at < 0 else run(sub, s, at, end, caps, regs,
                                                 lastindex=lastindex)
                if result is not None and result[0] != pos:
                    result = None
            else:
                result = run(sub, s, pos, end, caps, regs, lastindex=lastindex)
            if negate:
                if result is None:
                    pc += 1
                    continue
            elif result is not None:
                caps, lastindex = result[1], result[2]
                pc += 1
                continue
        elif code == ATOMIC:
            result = run(op[1], s, pos, end, caps, regs, lastindex=lastindex)
            if result is not None:
                pos, caps, lastindex = result
                pc += 1
                continue
        elif code == COND:
            gid = op[1]
            if 2 * gid + 1 < len(caps) and caps[2 * gid] >= 0 and caps[2 * gid + 1] >= 0:
                pc = op[2]
            else:
                pc = op[3]
            continue
        elif code == MATCH:
            if not ((must_advance and pos == start) or (fullmatch and pos != end)):
                return pos, caps, lastindex
        # FAIL, or an instruction that did not match: backtrack
        while True:
            if not stack:
                return None
            cp = stack.pop()
            kind = cp[0]
            if kind == _CP_PC:
                _, pc, pos, caps, regs, lastindex = cp
                break
            if kind == _CP_GREEDY:
                _, pc, begin, count, lo, caps, regs, lastindex = cp
                count -= 1
                if count > lo:
                    push((_CP_GREEDY, pc, begin, count, lo, caps, regs, lastindex))
                pos = begin + count
                break
            _, pc, begin, count, hi, fn, caps, regs, lastindex = cp
            i = begin + count
            if i < end and fn(s[i]):
                count += 1
                if hi is None or count < hi:
                    push((_CP_LAZY, pc, begin, count, hi, fn, caps, regs, lastindex))
                pos = begin + count
                break
