"""Extract, format and print Python stack traces (pydive's traceback).

The text is CPython 3.12's, character for character: "Traceback (most recent call last):",
a '  File "...", line N, in NAME' row per frame with its source line and ~~~^^^ position
markers, runs of identical frames folded, chained exceptions, exception groups in their
boxes, and the final "Type: message" line with its "Did you mean" hint. pydive prints
uncaught tracebacks natively (crates/vm/src/traceback.rs); this module gives programs the
same text, and the VM asks it for name suggestions.
"""

import linecache
import sys

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]


def _stderr_if_none(file):
    return sys.stderr if file is None else file


def _print_lines(lines, file):
    out = _stderr_if_none(file)
    for text in lines:
        print(text, file=out, end="")


# ---------------------------------------------------------------------------------------------
# Stacks: module-level shortcuts

def print_list(extracted_list, file=None):
    """Print the rows of format_list(extracted_list)."""
    _print_lines(format_list(extracted_list), file)


def format_list(extracted_list):
    """One text block per entry (FrameSummary or (file, line, name, text) tuple)."""
    return StackSummary.from_list(extracted_list).format()


def extract_tb(tb, limit=None):
    """The frames of a traceback, oldest first, as a StackSummary."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    """The calling stack (or f and its callers), oldest first, as a StackSummary."""
    if f is None:
        f = sys._getframe().f_back
    frames = StackSummary.extract(walk_stack(f), limit=limit)
    frames.reverse()
    return frames


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Drop the local variables of every frame of a traceback (running ones are kept)."""
    for frame, _ in walk_tb(tb):
        try:
            frame.clear()
        except RuntimeError:
            pass


def walk_stack(f):
    """(frame, line number) from f (or the caller's caller) outwards through f_back."""
    if f is None:
        # this generator, extract's helper generator, the extraction loop, extract():
        # the frame wanted is the one that called extract
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    """(line, end line, column, end column) of the instruction at a byte offset."""
    if instruction_index < 0:
        return (None, None, None, None)
    unit = instruction_index // 2  # co_positions() has one entry per code unit
    for index, where in enumerate(code.co_positions()):
        if index == unit:
            return where
    return (None, None, None, None)


def _walk_tb_with_full_positions(tb):
    for frame, lineno in walk_tb(tb):
        where = _get_code_position(frame.f_code, tb.tb_lasti)
        if where[0] is None:
            # no position recorded: the traceback's own line number stands in
            where = (lineno,) + where[1:]
        yield frame, where
        tb = tb.tb_next


# ---------------------------------------------------------------------------------------------
# Exceptions: module-level shortcuts

class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    """The (value, traceback) pair of the old three-argument or the new one-argument form."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _sentinel:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return exc, exc.__traceback__


def _capture(exc, value, tb, limit):
    value, tb = _parse_value_tb(exc, value, tb)
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception, its traceback and its chain (to sys.stderr by default)."""
    _capture(exc, value, tb, limit).print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception() would print, as a list of strings."""
    return list(_capture(exc, value, tb, limit).format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Just the final 'Type: message' line(s), as a list of strings."""
    if value is _sentinel:
        value = exc
    return list(TracebackException(type(value), value, None,
                                   compact=True).format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """print_exception() of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """format_exception() of the exception being handled, joined into one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception() of the last uncaught exception (sys.last_exc)."""
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit, file, chain)
    elif hasattr(sys, "last_type"):
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
    else:
        raise ValueError("no last exception")


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:  # noqa: E722 (anything a broken __str__/__repr__ raises)
        return f"<{what} {func.__name__}() failed>"


def _format_final_exc_line(etype, value):
    text = _safe_string(value, "exception")
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


# ---------------------------------------------------------------------------------------------
# FrameSummary and StackSummary

class FrameSummary:
    """One frame of a stack: where it is (file, line, name) and its source line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {key: _safe_string(val, "local", func=repr)
                           for key, val in locals.items()}
        else:
            self.locals = None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.locals) == \
                (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (self.filename, self.lineno,
                                                          self.name)

    @property
    def _original_line(self):
        """The source line as in the file (indentation kept), loaded on demand."""
        self.line
        return self._line

    @property
    def line(self):
        """The source line, stripped ('' when unavailable, None without a line number)."""
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


# Beyond this many identical frames in a row, "[Previous line repeated N more times]".
_RECURSIVE_CUTOFF = 3


def _repeat_note(extra):
    return f'  [Previous line repeated {extra} more time{"s" if extra > 1 else ""}]\n'


def _effective_limit(limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary from (frame, line number) pairs, e.g. walk_stack()'s."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        # The generator is consumed right here, in this frame: walk_stack(None) counts the
        # frames between itself and the caller of extract().
        limit = _effective_limit(limit)
        if limit is not None and limit < 0:
            frame_gen = list(frame_gen)[limit:]  # the last -limit entries
        summary = klass()
        files = set()
        if limit != 0:
            for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
                code = f.f_code
                files.add(code.co_filename)
                linecache.lazycache(code.co_filename, f.f_globals)
                summary.append(FrameSummary(
                    code.co_filename, lineno, code.co_name, lookup_line=False,
                    locals=f.f_locals if capture_locals else None,
                    end_lineno=end_lineno, colno=colno, end_colno=end_colno))
                if limit is not None and 0 < limit <= len(summary):
                    break
        for name in files:
            linecache.checkcache(name)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (file, line, name, text) tuples."""
        summary = StackSummary()
        for entry in a_list:
            if not isinstance(entry, FrameSummary):
                filename, lineno, name, line = entry
                entry = FrameSummary(filename, lineno, name, line=line)
            summary.append(entry)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one frame: the File row, the source line, the markers, the locals."""
        fs = frame_summary
        parts = ['  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)]
        if fs.line:
            shown = fs.line.strip()
            parts.append("    %s\n" % shown)
            if fs.colno is not None and fs.end_colno is not None:
                parts.append(_marker_row(fs, shown))
        if fs.locals:
            parts.extend("    %s = %s\n" % item for item in sorted(fs.locals.items()))
        return "".join(parts)

    def format(self):
        """One string per frame (each ending in a newline), long repeats folded."""
        out = []
        previous = None
        run = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            here = (fs.filename, fs.lineno, fs.name)
            if previous is None or None in previous or here != previous:
                if run > _RECURSIVE_CUTOFF:
                    out.append(_repeat_note(run - _RECURSIVE_CUTOFF))
                previous, run = here, 0
            run += 1
            if run <= _RECURSIVE_CUTOFF:
                out.append(text)
        if run > _RECURSIVE_CUTOFF:
            out.append(_repeat_note(run - _RECURSIVE_CUTOFF))
        return out


# ---------------------------------------------------------------------------------------------
# The ~~~^^^ row under a source line

def _byte_offset_to_character_offset(text, offset):
    return len(text.encode("utf-8")[:offset].decode("utf-8", errors="replace"))


def _display_width(line, offset):
    """Terminal columns of line[:offset]: East Asian wide/full-width characters take two."""
    if line.isascii():
        return offset
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line[:offset])


def _marker_row(fs, shown):
    """'    ' + spaces + markers + newline, or '' when the markers would underline the
    whole line and there is no operator or subscript to point at."""
    source = fs._original_line
    indent = len(source) - len(fs.line.lstrip())
    start = _byte_offset_to_character_offset(source, fs.colno)
    end = _byte_offset_to_character_offset(source, fs.end_colno)
    segment = source[start:end]
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _extract_caret_anchors_from_line_segment(segment)
        except Exception:
            anchors = None
    else:
        end = len(source.rstrip())  # a range over several lines is marked to this line's end
    partial = end - start < len(shown)
    if not (partial or (anchors and anchors[1] - anchors[0] > 0)):
        return ""
    col_start = _display_width(source, start) + 1
    col_end = _display_width(source, end) + 1
    row = "    " + " " * (col_start - indent)
    if anchors:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        row += "~" * left + "^" * (right - left) + "~" * (col_end - col_start - right)
    else:
        row += "^" * (col_end - col_start)
    return row + "\n"


def _extract_caret_anchors_from_line_segment(segment):
    """(end of the left part, start of the right part) of a binary operation's operator or
    a subscript's brackets when the segment is exactly that expression, else None."""
    try:
        import _pydive
        native = _pydive.caret_anchors  # the VM's own parser knows the answer
    except (ImportError, AttributeError):
        native = None
    if native is not None:
        return native(segment)
    try:
        import ast
    except ImportError:
        return None
    return _anchors_from_ast(ast, segment)


def _anchors_from_ast(ast, segment):
    try:
        body = ast.parse(segment).body
    except SyntaxError:
        return None
    if len(body) != 1 or not isinstance(body[0], ast.Expr):
        return None
    node = body[0].value

    def char_at(byte_offset):
        return _byte_offset_to_character_offset(segment, byte_offset)

    if isinstance(node, ast.BinOp):
        gap = segment[char_at(node.left.end_col_offset):char_at(node.right.col_offset)]
        skip = len(gap) - len(gap.lstrip())
        left = node.left.end_col_offset + skip
        width = 2 if skip + 1 < len(gap) and not gap[skip + 1].isspace() else 1
        # step over what closes the left operand: spaces, ')' and comments
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
        return char_at(left), char_at(left + width)
    if isinstance(node, ast.Subscript):
        left = char_at(node.value.end_col_offset)
        right = char_at(node.slice.end_col_offset + 1)
        while left < len(segment) and segment[left] != "[":
            left += 1
        while right < len(segment) and segment[right] != "]":
            right += 1
        if right < len(segment):
            right += 1
        return left, right
    return None


# ---------------------------------------------------------------------------------------------
# TracebackException

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _ExceptionPrintContext:
    """The margins while printing exception groups: their depth and whether the box of the
    innermost group still has to be closed."""

    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return "  " * self.exception_group_depth

    def emit(self, text_gen, margin_char=None):
        """Each text with every line prefixed by the current margin."""
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += ("|" if margin_char is None else margin_char) + " "
        texts = [text_gen] if isinstance(text_gen, str) else text_gen
        for text in texts:
            yield "".join(prefix + line for line in text.splitlines(True)) if prefix else text


def _suggestion_suffix(exc_type, exc_value, exc_traceback):
    """The ". Did you mean: 'x'?" (and "forget to import") text for name errors."""
    if issubclass(exc_type, ImportError):
        wrong = getattr(exc_value, "name_from", None)
        if wrong is None:
            return ""
        found = _compute_suggestion_error(exc_value, exc_traceback, wrong)
        return f". Did you mean: '{found}'?" if found else ""
    if not issubclass(exc_type, (NameError, AttributeError)):
        return ""
    wrong = getattr(exc_value, "name", None)
    if wrong is None:
        return ""
    found = _compute_suggestion_error(exc_value, exc_traceback, wrong)
    text = f". Did you mean: '{found}'?" if found else ""
    if issubclass(exc_type, NameError):
        stdlib = getattr(sys, "stdlib_module_names", _STDLIB_MODULE_NAMES)
        if wrong in stdlib:
            text += (f" Or did you forget to import '{wrong}'" if found
                     else f". Did you forget to import '{wrong}'")
    return text


class TracebackException:
    """An exception captured for rendering later: its stack, type, text and, as further
    TracebackExceptions, its cause, context and group members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        nested = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self._keep_syntax_details(exc_value)
        elif exc_type:
            self._str += _suggestion_suffix(exc_type, exc_value, exc_traceback)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = self.__context__ = self.exceptions = None
        if not nested:
            self._capture_chain(exc_value, _seen, compact, dict(
                limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width, max_group_depth=max_group_depth,
                _seen=_seen))

    def _keep_syntax_details(self, exc_value):
        self.filename = exc_value.filename
        lineno, end_lineno = exc_value.lineno, exc_value.end_lineno
        self.lineno = None if lineno is None else str(lineno)
        self.end_lineno = None if end_lineno is None else str(end_lineno)
        self.text = exc_value.text
        self.offset = exc_value.offset
        self.end_offset = exc_value.end_offset
        self.msg = exc_value.msg

    def _capture_chain(self, exc_value, seen, compact, options):
        # breadth of a work list rather than recursion (chains can be long); `seen` stops
        # at exceptions already captured (cycles)
        def wrap(e):
            return TracebackException(type(e), e, e.__traceback__, **options)

        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            cause = context = members = None
            if e and e.__cause__ is not None and id(e.__cause__) not in seen:
                cause = wrap(e.__cause__)
            # compact: a context matters only when it would be printed
            wants_context = (not compact or (cause is None and e is not None
                                             and not e.__suppress_context__))
            if (e and e.__context__ is not None and wants_context
                    and id(e.__context__) not in seen):
                context = wrap(e.__context__)
            if e and isinstance(e, BaseExceptionGroup):
                members = [wrap(x) for x in e.exceptions]
            te.__cause__, te.__context__, te.exceptions = cause, context, members
            if cause:
                pending.append((cause, e.__cause__))
            if context:
                pending.append((context, e.__context__))
            if members:
                pending.extend(zip(members, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of an exception object."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for entry in self.stack:
            entry.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def _qualified_type(self):
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module in ("__main__", "builtins"):
            return name
        return (module if isinstance(module, str) else "<unknown>") + "." + name

    def format_exception_only(self):
        """The final line(s): 'Type: message' (a SyntaxError's location and caret too),
        then the exception's notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self._qualified_type()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _format_final_exc_line(stype, self._str)
        notes = self.__notes__
        from collections.abc import Sequence
        if isinstance(notes, Sequence) and not isinstance(notes, (str, bytes)):
            for note in notes:
                yield from (piece + "\n" for piece in _safe_string(note, "note").split("\n"))
        elif notes is not None:
            yield "%s\n" % _safe_string(notes, "__notes__", func=repr)

    def _format_syntax_error(self, stype):
        suffix = ""
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = " (%s)" % self.filename
        if self.text is not None:
            text = self.text.rstrip("\n")
            body = text.lstrip(" \n\f")
            dropped = len(text) - len(body)
            yield "    %s\n" % body
            if self.offset is not None:
                first = self.offset
                last = first if self.end_offset in (None, 0) else self.end_offset
                if last == first or last == -1:
                    last = first + 1
                col, end_col = first - 1 - dropped, last - 1 - dropped
                if col >= 0:
                    # tabs stay tabs, so that the carets line up with the text above
                    pad = "".join(ch if ch.isspace() else " " for ch in body[:col])
                    yield "    %s%s\n" % (pad, "^" * (end_col - col))
        yield "%s: %s%s\n" % (stype, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole report (strings ending in newlines), oldest exception of
        the chain first; the exception's own line comes last."""
        ctx = _ExceptionPrintContext() if _ctx is None else _ctx
        links = []  # (message leading to it, exception), newest first
        exc = self
        while exc is not None:
            if not chain:
                links.append((None, exc))
                break
            if exc.__cause__ is not None:
                links.append((_cause_message, exc))
                exc = exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                links.append((_context_message, exc))
                exc = exc.__context__
            else:
                links.append((None, exc))
                exc = None
        for message, exc in reversed(links):
            if message is not None:
                yield from ctx.emit(message)
            yield from self._format_single(exc, chain, ctx)

    def _format_single(self, exc, chain, ctx):
        if exc.exceptions is None:
            if exc.stack:
                yield from ctx.emit("Traceback (most recent call last):\n")
                yield from ctx.emit(exc.stack.format())
            yield from ctx.emit(exc.format_exception_only())
        elif ctx.exception_group_depth > self.max_group_depth:
            yield from ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
        else:
            yield from self._format_group(exc, chain, ctx)

    def _format_group(self, exc, chain, ctx):
        outermost = ctx.exception_group_depth == 0
        if outermost:
            ctx.exception_group_depth += 1
        if exc.stack:
            yield from ctx.emit("Exception Group Traceback (most recent call last):\n",
                                margin_char="+" if outermost else None)
            yield from ctx.emit(exc.stack.format())
        yield from ctx.emit(exc.format_exception_only())
        total = len(exc.exceptions)
        shown = min(total, self.max_group_width + 1)
        ctx.need_close = False
        for index in range(shown):
            last = index == shown - 1
            if last:
                ctx.need_close = True  # a nested group's own box may close ours
            cut = self.max_group_width is not None and index >= self.max_group_width
            title = "..." if cut else str(index + 1)
            yield (ctx.indent() + ("+-" if index == 0 else "  ")
                   + f"+---------------- {title} ----------------\n")
            ctx.exception_group_depth += 1
            if cut:
                rest = total - self.max_group_width
                yield from ctx.emit(f"and {rest} more exception{'s' if rest > 1 else ''}\n")
            else:
                yield from exc.exceptions[index].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + "+------------------------------------\n"
                ctx.need_close = False
            ctx.exception_group_depth -= 1
        if outermost:
            ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print format(chain=chain) to file (sys.stderr by default)."""
        _print_lines(self.format(chain=chain), file)


# ---------------------------------------------------------------------------------------------
# "Did you mean" (the search of CPython's Python/suggestions.c)

_MAX_CANDIDATE_ITEMS = 750
_MAX_STRING_SIZE = 40
_MOVE_COST = 2
_CASE_COST = 1


def _substitution_cost(ch_a, ch_b):
    if ch_a == ch_b:
        return 0
    return _CASE_COST if ch_a.lower() == ch_b.lower() else _MOVE_COST


def _names_near(exc_value, tb, wrong_name):
    """The candidate names, or a finished answer (a str) for self.<name>, or None."""
    if isinstance(exc_value, AttributeError):
        try:
            return dir(exc_value.obj)
        except Exception:
            return None
    if isinstance(exc_value, ImportError):
        try:
            return dir(__import__(exc_value.name))
        except Exception:
            return None
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    frame = tb.tb_frame
    names = list(frame.f_locals) + list(frame.f_globals) + list(frame.f_builtins)
    # inside a method, an attribute of the instance wins
    if "self" in frame.f_locals and hasattr(frame.f_locals["self"], wrong_name):
        return f"self.{wrong_name}"
    return names


def _compute_suggestion_error(exc_value, tb, wrong_name, _c_display=False):
    # _c_display: the interpreter's own report (Python/suggestions.c), whose first
    # candidate may cost more than the wrong name's length ('e' -> 'e1')
    if wrong_name is None or not isinstance(wrong_name, str):
        return None
    candidates = _names_near(exc_value, tb, wrong_name)
    if candidates is None or isinstance(candidates, str):
        return candidates
    if len(candidates) > _MAX_CANDIDATE_ITEMS or len(wrong_name) > _MAX_STRING_SIZE:
        return None
    best, best_cost = None, sys.maxsize if _c_display else len(wrong_name)
    for name in candidates:
        if name == wrong_name:
            continue
        # no more than about a third of the characters may differ
        budget = min((len(name) + len(wrong_name) + 3) * _MOVE_COST // 6, best_cost - 1)
        cost = _levenshtein_distance(wrong_name, name, budget)
        if cost <= budget and (best is None or cost < best_cost):
            best, best_cost = name, cost
    return best


def _levenshtein_distance(a, b, max_cost):
    """Edit distance (moves cost 2, case changes 1); max_cost + 1 once it is exceeded."""
    if a == b:
        return 0
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    a, b = a[head:], b[head:]
    tail = 0
    while tail < len(a) and tail < len(b) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if tail:
        a, b = a[:-tail], b[:-tail]
    if not a or not b:
        return _MOVE_COST * (len(a) + len(b))
    if len(a) > _MAX_STRING_SIZE or len(b) > _MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > max_cost:
        return max_cost + 1
    # one row of the cost matrix, rewritten in place for each character of b
    row = [(i + 1) * _MOVE_COST for i in range(len(a))]
    cost = 0
    for j, bch in enumerate(b):
        diagonal = cost = j * _MOVE_COST
        row_min = sys.maxsize
        for i, ach in enumerate(a):
            via_substitution = diagonal + _substitution_cost(bch, ach)
            diagonal = row[i]
            cost = min(min(cost, diagonal) + _MOVE_COST, via_substitution)
            row[i] = cost
            row_min = min(row_min, cost)
        if row_min > max_cost:
            return max_cost + 1
    return cost


# CPython 3.12's sys.stdlib_module_names (for "Did you forget to import"), used while pydive's
# sys module has none.
_STDLIB_MODULE_NAMES = frozenset("""
    __future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn
    _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections
    _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses
    _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib
    _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale
    _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator
    _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydatetime
    _pydecimal _pyio _pylong _queue _random _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins
    _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread
    _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref
    _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asyncio atexit
    audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath
    cmd code codecs codeop collections colorsys compileall concurrent configparser
    contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm
    decimal difflib dis doctest email encodings ensurepip enum errno faulthandler fcntl
    filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass
    gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr
    importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging
    lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt
    multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse
    os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib
    posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat
    queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select
    selectors shelve shlex shutil signal site smtplib sndhdr socket socketserver spwd
    sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct
    subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile
    termios textwrap this threading time timeit tkinter token tokenize tomllib trace
    traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu
    uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc
    zipapp zipfile zipimport zlib zoneinfo
""".split())
