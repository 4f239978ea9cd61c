"""Disassembler of Python byte code into mnemonics (pydive's dis).

The listing, the instructions and code_info come from the native `_dis`, which formats them
with the bytecode crate's disassembler (the one `pydive dis FILE.py` uses); this module is
the public API of CPython 3.12's Lib/dis.py around it.
"""

import sys
import types
import collections

import _dis
from opcode import (cmp_op, hasarg, hasconst, hasname, hasjrel, hasjabs, haslocal,
                    hascompare, hasfree, hasexc, opname, opmap, HAVE_ARGUMENT,
                    EXTENDED_ARG, _inline_cache_entries, _nb_ops, stack_effect)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction", "Bytecode",
           "cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
           "hascompare", "hasfree", "hasexc", "opname", "opmap", "HAVE_ARGUMENT",
           "EXTENDED_ARG", "stack_effect"]

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod,
              staticmethod, type)

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def _compile_source(source, name):
    """An expression's code if `source` is one, else the statements'."""
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        pass
    return compile(source, name, "exec")


def _unwrap(x):
    """The code object inside a method, function, generator, coroutine or async generator
    (x itself for anything else)."""
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    elif hasattr(x, "gi_code"):
        x = x.gi_code
    elif hasattr(x, "ag_code"):
        x = x.ag_code
    elif hasattr(x, "cr_code"):
        x = x.cr_code
    return x


def _get_code_object(x):
    """The code object of a function, method, generator, coroutine, source string or code."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _compile_source(x, "<disassembly>")
    if hasattr(x, "co_code"):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _print(text, file):
    if file is None:
        file = sys.stdout
    file.write(text)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, coroutines, code and source."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, "__dict__"):
        # a class or a module: each function, method, class or code object in it
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print(f"Disassembly of {name}:", file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches,
                        adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, "co_code"):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_recursive(_compile_source(x, "<dis>"), file=file, depth=depth,
                               show_caches=show_caches)
    elif isinstance(x, (bytes, bytearray)):
        raise NotImplementedError("pydive: dis.dis() of raw bytecode bytes")
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: the last traceback)."""
    if tb is None:
        try:
            if hasattr(sys, "last_exc"):
                tb = sys.last_exc.__traceback__
            else:
                tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches,
                adaptive=adaptive)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object (marking the instruction at `lasti` with -->)."""
    _print(_dis.disassemble(co, lasti, show_caches, None, False), file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    _print(_dis.disassemble(co, -1, show_caches, depth, True), file)


def _format_code_info(co):
    return _dis.code_info(co)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _dis.code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file* (default: stdout)."""
    print(code_info(co), file=file)


def pretty_flags(flags):
    """The names of the code flags set in flags, ', '-separated (other bits in hex)."""
    names = []
    for bit in range(32):
        mask = 1 << bit
        if flags & mask:
            names.append(COMPILER_FLAG_NAMES.get(mask, hex(mask)))
            flags &= ~mask
            if not flags:
                return ", ".join(names)
    # bits past the 32 known ones, or no bit at all
    names.append(hex(flags))
    return ", ".join(names)


Positions = collections.namedtuple(
    "Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
     "is_jump_target", "positions"],
    defaults=[None])

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(("%%%dd" % lineno_width) % self.starts_line)
            else:
                fields.append(" " * lineno_width)
        fields.append("-->" if mark_as_current else "   ")
        fields.append(">>" if self.is_jump_target else "  ")
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append("(" + self.argrepr + ")")
        return " ".join(fields).rstrip()


def _instructions(co, show_caches=False, line_offset=0, exception_labels=False):
    for t in _dis.instructions(co, show_caches, exception_labels):
        starts_line = t[6]
        if starts_line is not None:
            starts_line += line_offset
        yield Instruction(t[0], t[1], t[2], t[3], t[4], t[5], starts_line, t[7],
                          Positions(*t[8]))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator over the instructions of a function, method, code object or source."""
    co = _get_code_object(x)
    line_offset = first_line - co.co_firstlineno if first_line is not None else 0
    return _instructions(co, show_caches, line_offset)


def _cache_entries(opcode):
    import opcode as _opcode
    return _opcode._inline_cache_entries[opcode] if hasattr(_opcode, "_inline_cache_entries") \
        else 0


def findlabels(code):
    """Byte offsets in raw bytecode that are jump targets."""
    return _dis.findlabels(code)


def findlinestarts(code):
    """(offset, lineno) pairs where each source line starts."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


class Bytecode:
    """The bytecode operations of a piece of code, iterable as Instruction objects."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        co = _get_code_object(x)
        self.codeobj = co
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = None
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self.show_caches, self._line_offset, True)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        return _dis.code_info(self.codeobj)

    def dis(self):
        lasti = -1 if self.current_offset is None else self.current_offset
        text = _dis.disassemble(self.codeobj, lasti, self.show_caches, None, False)
        if not self._line_offset:
            return text
        # line numbers shifted by first_line: format the rows here (dis._disassemble_bytes)
        # and keep the native listing's exception table
        head, sep, table = text.partition("ExceptionTable:\n")
        starts = [ln for ln in self._linestarts.values()]
        if starts:
            maxlineno = max(starts) + self._line_offset
            lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
        else:
            lineno_width = 0
        maxoffset = len(self.codeobj.co_code) - 2
        offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
        rows = []
        for instr in self:
            if lineno_width and instr.starts_line is not None and instr.offset > 0:
                rows.append("")
            current = instr.offset == lasti if self.show_caches else (
                instr.offset <= lasti <= instr.offset + 2 * _cache_entries(instr.opcode))
            rows.append(instr._disassemble(lineno_width, current, offset_width))
        return "\n".join(rows) + "\n" + sep + table


