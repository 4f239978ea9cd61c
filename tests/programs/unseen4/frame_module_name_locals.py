import sys, inspect
ge = (x * 2 for x in range(3))
print(ge.gi_frame.f_locals.keys(), ge.gi_code.co_varnames, ge.gi_code.co_argcount)
next(ge)
print(sorted(ge.gi_frame.f_locals.keys()), inspect.getgeneratorlocals(ge)["x"])
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)
print(sys._getframemodulename(), sys._getframemodulename(0))
f = sys._getframe()
print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "?", f.f_back)
print(type(f).__name__, f.f_code.co_name, f.f_code.co_qualname, f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
class K:
    def m(self):
        return sys._getframe().f_code.co_qualname
    class Inner:
        def n(self):
            def deep():
                return sys._getframe().f_code.co_qualname
            return deep()
print(K().m(), K.Inner().n())
def comp_frame():
    return [sys._getframe().f_code.co_name for _ in range(1)], {sys._getframe().f_code.co_name for _ in "a"}, list(sys._getframe().f_code.co_name for _ in "a")
print(comp_frame())
def locals_snapshot():
    a = 1
    snap = sys._getframe().f_locals
    b = 2
    print(sorted(snap), sorted(sys._getframe().f_locals))
    snap["a"] = 100
    print(a, locals()["a"])
locals_snapshot()
def cells():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    print(inner.__closure__[0].cell_contents, inner.__code__.co_freevars, cells.__code__.co_cellvars)
    inner()
    print(inner.__closure__[0].cell_contents, sys._getframe().f_locals["x"])
    return inner
i = cells()
print(type(i.__closure__[0]).__name__, repr(i.__closure__[0]).split(" at ")[0])
import types
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("ValueError", e)
c.cell_contents = 5
print(c.cell_contents, c == types.CellType(5))
print(inspect.currentframe().f_lineno, inspect.stack()[0].function, inspect.stack()[0].lineno)
def who_called():
    return inspect.stack()[1].function, inspect.getouterframes(inspect.currentframe())[1].lineno
def caller():
    return who_called()
print(caller())
print(inspect.getframeinfo(sys._getframe()).code_context, inspect.getframeinfo(sys._getframe()).positions)
