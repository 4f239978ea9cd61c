"""Utilities to compile possibly incomplete Python source (what code.InteractiveConsole
needs to decide between running a statement and asking for more lines).

CPython asks its compiler whether the input ended early (PyCF_ALLOW_INCOMPLETE_INPUT makes
it raise "incomplete input"); pydive's compiler reports the ordinary error, so the helpers
below recognize the errors that only mean "the input stopped too soon": a block still to
come, a bracket or triple-quoted string still open, a continuation line, or an error placed
past the last line.
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

# Flag values of CPython's compiler (pydive's compile() does not need them; they are kept in
# Compile.flags for programs that look at it).
PyCF_DONT_IMPLY_DEDENT = 512
PyCF_ALLOW_INCOMPLETE_INPUT = 16384
_REPL_FLAGS = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

_FUTURE_BITS = tuple(getattr(__future__, name).compiler_flag
                     for name in __future__.all_feature_names)

# Messages that can only mean "the text stopped before the statement did".
_TRUNCATION_PREFIXES = ("expected an indented block", "unexpected EOF while parsing",
                        "unterminated triple-quoted string literal")

# Statements that keep going (in 'single' mode) until a line outside them ends them.
_BLOCK_OPENERS = frozenset(("if", "elif", "else", "for", "while", "def", "class", "with",
                            "try", "except", "finally", "async"))


def _code_lines(source):
    """The lines of `source` that hold something besides blanks and a comment."""
    stripped = (piece.strip() for piece in source.split("\n"))
    return [piece for piece in stripped if piece and not piece.startswith("#")]


def _first_word(statement):
    word = statement.split(None, 1)[0]
    return word.partition("(")[0].rstrip(":")


def _block_left_open(source):
    """True when `source` (no final newline) starts with a compound statement: the
    interactive prompt waits for an empty line before running it."""
    if source.endswith("\n"):
        return False
    meaningful = _code_lines(source)
    if not meaningful:
        return False
    head = meaningful[0]
    return head.startswith("@") or _first_word(head) in _BLOCK_OPENERS


def _stopped_early(err, source):
    """Whether SyntaxError `err` only says that `source` is unfinished."""
    text = err.msg or ""
    if text.endswith("was never closed") or text.startswith(_TRUNCATION_PREFIXES):
        return True
    if (text == "expected 'except' or 'finally' block" and err.end_offset == -1
            and err.text and err.offset == len(err.text)):
        return True      # placed after the last line: the try block may go on
    if err.lineno is None:
        return False
    line_total = len(source.split("\n"))
    if source.endswith("\n"):
        line_total -= 1
    return err.lineno > line_total


_READY, _WAITING, _BROKEN = "ready", "waiting", "broken"


def _judge(build, source, symbol):
    """_READY, _WAITING (only unfinished) or _BROKEN for `source` as it stands."""
    try:
        build(source)
    except SyntaxError as err:
        return _WAITING if _stopped_early(err, source) else _BROKEN
    if symbol == "single" and _block_left_open(source):
        return _WAITING
    return _READY


def _compile_or_wait(build, source, symbol):
    """build(source) when `source` is a finished command; None when more lines may still
    finish it; the SyntaxError otherwise (build is compile() with filename and mode
    already chosen)."""
    if symbol != "eval" and not _code_lines(source):
        source = "pass"      # only blanks / comments: an empty statement
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        if _judge(build, source, symbol) is not _READY:
            # A trailing newline closes pending blocks; if it cures nothing the error is
            # genuine and is raised by the final build below.
            if _judge(build, source + "\n", symbol) is not _BROKEN:
                return None
    return build(source)


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile a command and determine whether it is incomplete.

    Returns a code object if the command is complete and valid, None if it is incomplete;
    raises SyntaxError, ValueError or OverflowError if it is invalid.
    """
    return _compile_or_wait(lambda text: compile(text, filename, symbol, 0), source, symbol)


class Compile:
    """Instances behave as the built-in compile(), but remember the __future__ statements
    they have compiled and apply them to what they compile next."""

    def __init__(self):
        self.flags = _REPL_FLAGS

    def __call__(self, source, filename, symbol, **kwargs):
        code_obj = compile(source, filename, symbol, self.flags & ~_REPL_FLAGS, True)
        seen = code_obj.co_flags
        for bit in _FUTURE_BITS:
            if seen & bit:
                self.flags |= bit
        return code_obj


class CommandCompiler:
    """compile_command() that remembers __future__ statements, as Compile does."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        compiler = self.compiler
        return _compile_or_wait(lambda text: compiler(text, filename, symbol), source, symbol)
