"""Utilities to compile possibly incomplete Python source (what code.InteractiveConsole
needs to decide between running a statement and asking for more lines).

CPython asks its compiler whether the input ended early (PyCF_ALLOW_INCOMPLETE_INPUT makes
it raise "incomplete input"); pydive's compiler reports the ordinary error, so `_incomplete`
recognizes the errors that only mean "the input stopped too soon": a block still to come,
a bracket or triple-quoted string still open, a continuation line, or an error placed past
the last line.
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

_features = [getattr(__future__, fname) for fname in __future__.all_feature_names]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_EARLY_END = ("expected an indented block", "unexpected EOF while parsing",
              "unterminated triple-quoted string literal")


_COMPOUND = ("if", "elif", "else", "for", "while", "def", "class", "with", "try", "except",
             "finally", "async", "@")


def _open_block_at_end(source):
    """In 'single' mode a compound statement goes on until a line closes it: source that
    ends without a newline inside one is not finished yet."""
    if source.endswith("\n"):
        return False
    for line in source.split("\n"):
        word = line.strip()
        if word and word[0] != "#":
            head = word.split(None, 1)[0].split("(", 1)[0].rstrip(":")
            return head in _COMPOUND or word.startswith("@")
    return False


def _incomplete(error, source):
    msg = error.msg or ""
    if msg.startswith(_EARLY_END) or msg.endswith("was never closed"):
        return True
    lines = source.count("\n") + (0 if source.endswith("\n") else 1)
    return error.lineno is not None and error.lineno > lines


def _try(compiler, source, filename, symbol):
    """'code' when `source` compiles as CPython's incomplete-input mode would accept it,
    'more' when it is only unfinished, else 'error'."""
    try:
        compiler(source, filename, symbol, incomplete_input=False)
    except SyntaxError as e:
        return "more" if _incomplete(e, source) else "error"
    if symbol == "single" and _open_block_at_end(source):
        return "more"
    return "code"


def _maybe_compile(compiler, source, filename, symbol):
    # Source of blank lines and comments only is a 'pass' statement.
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != "#":
            break
    else:
        if symbol != "eval":
            source = "pass"

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        if _try(compiler, source, filename, symbol) != "code":
            if _try(compiler, source + "\n", filename, symbol) != "error":
                return None
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    return compile(source, filename, symbol, 0)


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile a command and determine whether it is incomplete.

    Returns a code object if the command is complete and valid, None if it is incomplete;
    raises SyntaxError, ValueError or OverflowError if it is invalid.
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Instances behave as the built-in compile(), but remember the __future__ statements
    they have compiled and apply them to what they compile next."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, flags=0, **kwargs):
        flags |= self.flags
        flags &= ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        codeob = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """compile_command() that remembers __future__ statements, as Compile does."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
