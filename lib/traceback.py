"""Extract, format and print Python stack traces (pydive's traceback).

The text is CPython 3.12's, character for character: "Traceback (most recent call last):",
one '  File "...", line N, in NAME' row per frame with its source line, the ~~~^^^ position
markers, chained exceptions and exception groups. The VM prints uncaught tracebacks
natively; this module gives programs the same text.
"""

import sys
import linecache

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

# More identical frames in a row than this collapse into "[Previous line repeated ...]".
_RECURSIVE_CUTOFF = 3

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


# ---------------------------------------------------------------------------
# Module-level helpers

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack()."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects (or 4-tuples) for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of traceback 'tb'."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f"Exception expected for value, "
                        f"{type(exc).__name__} found")
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback, as a list of strings."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, "exception")
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f"<{what} {func.__name__}() failed>"


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled to file (default stderr)."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_exc (or last_type/last_value/last_traceback)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit, file, chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point (or from frame f)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw stack, oldest frame first, as a StackSummary."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass  # the frame is still executing
        tb = tb.tb_next


# ---------------------------------------------------------------------------
# Frames

class FrameSummary:
    """One frame of a stack: where it is (file, line, name) and its source line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, "local", func=repr)
                       for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The source line with its whitespace intact (columns count from its start).
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack from frame f following f_back, yielding (frame, lineno)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback following tb_next, yielding (frame, lineno)."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each traceback entry; the
    # traceback's own line number stands in when the instruction has no position.
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    # co_positions() has one entry per 2-byte code unit.
    wanted = instruction_index // 2
    for i, pos in enumerate(code.co_positions()):
        if i == wanted:
            return pos
    return (None, None, None, None)


def _take_limited(frame_gen, limit):
    # A positive limit keeps the first frames, a negative one the last ones.
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frame_gen
    if limit >= 0:
        out = []
        if limit == 0:
            return out
        for item in frame_gen:
            out.append(item)
            if len(out) >= limit:
                break
        return out
    out = list(frame_gen)
    return out[len(out) + limit:] if -limit < len(out) else out


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from a generator of (frame, lineno) pairs."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        frames = _take_limited(frame_gen, limit)
        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, co.co_name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one frame: location row, source line, position markers."""
        fs = frame_summary
        rows = ['  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)]
        if fs.line:
            stripped_line = fs.line.strip()
            rows.append("    {}\n".format(stripped_line))
            if fs.colno is not None and fs.end_colno is not None:
                rows.append(_position_markers(fs, stripped_line))
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                rows.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(rows)

    def format(self):
        """Format the stack as a list of strings, one per frame."""
        result = []
        last = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or None in last or key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


def _repeated_line(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


def _position_markers(fs, stripped_line):
    # The "    ~~~^^^^^" row under a source line; "" when the marked range covers the
    # whole (stripped) line and there is no operator/subscript anchor to point at.
    line = fs._original_line
    stripped_characters = len(line) - len(fs.line.lstrip())
    start = _byte_offset_to_character_offset(line, fs.colno)
    end = _byte_offset_to_character_offset(line, fs.end_colno)
    segment = line[start:end]
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _extract_caret_anchors_from_line_segment(segment)
        except Exception:
            anchors = None
    else:
        end = len(line.rstrip())  # markers stop at the end of the first line
    if not (end - start < len(stripped_line)
            or (anchors and anchors[1] - anchors[0] > 0)):
        return ""
    dp_start = _display_width(line, start) + 1
    dp_end = _display_width(line, end) + 1
    out = "    " + " " * (dp_start - stripped_characters)
    if anchors:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        out += "~" * left + "^" * (right - left) + "~" * (dp_end - dp_start - right)
    else:
        out += "^" * (dp_end - dp_start)
    return out + "\n"


def _byte_offset_to_character_offset(text, offset):
    return len(text.encode("utf-8")[:offset].decode("utf-8", errors="replace"))


def _extract_caret_anchors_from_line_segment(segment):
    """(left_end, right_start) of the operator of a binary operation or the brackets
    of a subscript that makes up the whole segment, else None."""
    try:
        import _pydive
        finder = _pydive.caret_anchors
    except (ImportError, AttributeError):
        finder = None
    if finder is not None:
        return finder(segment)
    try:
        import ast
    except ImportError:
        return None
    return _anchors_from_ast(ast, segment)


def _anchors_from_ast(ast, segment):
    try:
        tree = ast.parse(segment)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    expr = tree.body[0].value

    def chars(byte_offset):
        return _byte_offset_to_character_offset(segment, byte_offset)

    if isinstance(expr, ast.BinOp):
        between = segment[chars(expr.left.end_col_offset):chars(expr.right.col_offset)]
        op_at = len(between) - len(between.lstrip())
        left = expr.left.end_col_offset + op_at
        right = left + 1
        if op_at + 1 < len(between) and not between[op_at + 1].isspace():
            right += 1  # two-character operator (**, //, <<, ...)
        # closing parentheses and comments of the left operand are not the operator
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return (chars(left), chars(right))
    if isinstance(expr, ast.Subscript):
        left = chars(expr.value.end_col_offset)
        right = chars(expr.slice.end_col_offset + 1)
        while left < len(segment) and segment[left] != "[":
            left += 1
        while right < len(segment) and segment[right] != "]":
            right += 1
        if right < len(segment):
            right += 1
        return (left, right)
    return None


def _display_width(line, offset):
    # East Asian wide and full-width characters take two terminal columns.
    if line.isascii():
        return offset
    try:
        import unicodedata
    except ImportError:
        return offset
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in line[:offset])


# ---------------------------------------------------------------------------
# Exceptions

class _ExceptionPrintContext:
    # Indentation and "|" margins while printing nested exception groups.
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return " " * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += ("|" if margin_char is None else margin_char) + " "
        if isinstance(text_gen, str):
            text_gen = [text_gen]
        for text in text_gen:
            yield _indent_all_lines(text, prefix)


def _indent_all_lines(text, prefix):
    if not prefix:
        return text
    return "".join(prefix + line for line in text.splitlines(keepends=True))


class TracebackException:
    """An exception captured for rendering: its stack, type, message and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top_level = _seen is None
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
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        elif (exc_type and issubclass(exc_type, ImportError)
              and getattr(exc_value, "name_from", None) is not None):
            suggestion = _compute_suggestion_error(
                exc_value, exc_traceback, getattr(exc_value, "name_from", None))
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
        elif (exc_type and issubclass(exc_type, (NameError, AttributeError))
              and getattr(exc_value, "name", None) is not None):
            wrong_name = getattr(exc_value, "name", None)
            suggestion = _compute_suggestion_error(exc_value, exc_traceback, wrong_name)
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
            if issubclass(exc_type, NameError):
                stdlib_names = getattr(sys, "stdlib_module_names", _STDLIB_MODULE_NAMES)
                if wrong_name is not None and wrong_name in stdlib_names:
                    if suggestion:
                        self._str += f" Or did you forget to import '{wrong_name}'"
                    else:
                        self._str += f". Did you forget to import '{wrong_name}'"
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None

        if not top_level:
            return
        # Cause, context and group members become TracebackExceptions too; a work list
        # instead of recursion, and _seen to stop at cycles.
        def child(e):
            return TracebackException(
                type(e), e, e.__traceback__, limit=limit, lookup_lines=lookup_lines,
                capture_locals=capture_locals, max_group_width=max_group_width,
                max_group_depth=max_group_depth, _seen=_seen)

        work = [(self, exc_value)]
        while work:
            te, e = work.pop()
            cause = None
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = child(e.__cause__)
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            context = None
            if (e and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = child(e.__context__)
            exceptions = None
            if e and isinstance(e, BaseExceptionGroup):
                exceptions = [child(x) for x in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                work.append((cause, e.__cause__))
            if context:
                work.append((context, e.__context__))
            if exceptions:
                work.extend(zip(exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception line(s): 'Type: message', SyntaxError details, notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _format_final_exc_line(stype, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)) or (
                _is_sequence(notes) and not isinstance(notes, (str, bytes))):
            for note in notes:
                note = _safe_string(note, "note")
                for piece in note.split("\n"):
                    yield piece + "\n"
        elif notes is not None:
            yield "{}\n".format(_safe_string(notes, "__notes__", func=repr))

    def _format_syntax_error(self, stype):
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = offset if self.end_offset in (None, 0) else self.end_offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # tabs stay tabs so the carets line up under the text
                    pad = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    {}{}".format(pad, "^" * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception (and its chain) as a generator of strings."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    output.append((_cause_message, exc))
                    exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    output.append((_context_message, exc))
                    exc = exc.__context__
                else:
                    output.append((None, exc))
                    exc = None
        else:
            output.append((None, exc))
        # Oldest first; an entry's message ("The above exception was...") goes
        # between the exception it was chained to and itself.
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            yield from self._format_one(exc, chain, _ctx)

    def _format_one(self, exc, chain, _ctx):
        if exc.exceptions is None:
            if exc.stack:
                yield from _ctx.emit("Traceback (most recent call last):\n")
                yield from _ctx.emit(exc.stack.format())
            yield from _ctx.emit(exc.format_exception_only())
            return
        if _ctx.exception_group_depth > self.max_group_depth:
            yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            return
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit("Exception Group Traceback (most recent call last):\n",
                                 margin_char="+" if is_toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        num_excs = len(exc.exceptions)
        n = num_excs if num_excs <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                _ctx.need_close = True  # a nested group may close the box for us
            truncated = self.max_group_width is not None and i >= self.max_group_width
            title = "..." if truncated else f"{i + 1}"
            yield (_ctx.indent() + ("+-" if i == 0 else "  ")
                   + f"+---------------- {title} ----------------\n")
            _ctx.exception_group_depth += 1
            if truncated:
                remaining = num_excs - self.max_group_width
                plural = "s" if remaining > 1 else ""
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            else:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _is_sequence(obj):
    try:
        from collections.abc import Sequence
    except ImportError:
        return isinstance(obj, (list, tuple))
    return isinstance(obj, Sequence)


# ---------------------------------------------------------------------------
# "Did you mean" suggestions (the same algorithm as Python/suggestions.c)

_MAX_CANDIDATE_ITEMS = 750
_MAX_STRING_SIZE = 40
_MOVE_COST = 2
_CASE_COST = 1


def _substitution_cost(ch_a, ch_b):
    if ch_a == ch_b:
        return 0
    if ch_a.lower() == ch_b.lower():
        return _CASE_COST
    return _MOVE_COST


def _compute_suggestion_error(exc_value, tb, wrong_name):
    if wrong_name is None or not isinstance(wrong_name, str):
        return None
    if isinstance(exc_value, AttributeError):
        try:
            candidates = dir(exc_value.obj)
        except Exception:
            return None
    elif isinstance(exc_value, ImportError):
        try:
            candidates = dir(__import__(exc_value.name))
        except Exception:
            return None
    else:
        if tb is None:
            return None
        while tb.tb_next is not None:
            tb = tb.tb_next
        frame = tb.tb_frame
        candidates = list(frame.f_locals) + list(frame.f_globals) + list(frame.f_builtins)
        if "self" in frame.f_locals:
            if hasattr(frame.f_locals["self"], wrong_name):
                return f"self.{wrong_name}"
    if len(candidates) > _MAX_CANDIDATE_ITEMS:
        return None
    wrong_len = len(wrong_name)
    if wrong_len > _MAX_STRING_SIZE:
        return None
    best_distance = wrong_len
    suggestion = None
    for name in candidates:
        if name == wrong_name:
            continue
        # at most a third of the characters may change
        max_distance = (len(name) + wrong_len + 3) * _MOVE_COST // 6
        max_distance = min(max_distance, best_distance - 1)
        distance = _levenshtein_distance(wrong_name, name, max_distance)
        if distance > max_distance:
            continue
        if not suggestion or distance < best_distance:
            suggestion = name
            best_distance = distance
    return suggestion


def _levenshtein_distance(a, b, max_cost):
    if a == b:
        return 0
    # drop the common prefix and suffix
    pre = 0
    while pre < len(a) and pre < len(b) and a[pre] == b[pre]:
        pre += 1
    a, b = a[pre:], b[pre:]
    post = 0
    while post < len(a) and post < len(b) and a[-1 - post] == b[-1 - post]:
        post += 1
    if post:
        a, b = a[:-post], b[:-post]
    if not a or not b:
        return _MOVE_COST * (len(a) + len(b))
    if len(a) > _MAX_STRING_SIZE or len(b) > _MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > max_cost:
        return max_cost + 1
    # one row of the edit-distance matrix, updated in place
    row = [(i + 1) * _MOVE_COST for i in range(len(a))]
    result = 0
    for bindex, bchar in enumerate(b):
        distance = result = bindex * _MOVE_COST
        minimum = sys.maxsize
        for index, achar in enumerate(a):
            substitute = distance + _substitution_cost(bchar, achar)
            distance = row[index]
            result = min(min(result, distance) + _MOVE_COST, substitute)
            row[index] = result
            if result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


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
