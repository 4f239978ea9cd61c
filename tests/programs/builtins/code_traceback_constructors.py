# types.CodeType(...) and types.TracebackType(...) build new objects, as in CPython.
import types


def f(a, b=2):
    return a + b


c = f.__code__
c3 = types.CodeType(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals,
                    c.co_stacksize, c.co_flags, c.co_code, c.co_consts, c.co_names,
                    c.co_varnames, c.co_filename, 'h', 'h', c.co_firstlineno, c.co_linetable,
                    c.co_exceptiontable, c.co_freevars, c.co_cellvars)
print(c3.co_name, c3.co_qualname, c3.co_varnames, c3.co_argcount)
print(types.FunctionType(c3, {})(5, 6))


def outer():
    x = 1

    def inner():
        return x
    return inner


ic = outer().__code__
c4 = types.CodeType(ic.co_argcount, ic.co_posonlyargcount, ic.co_kwonlyargcount,
                    ic.co_nlocals, ic.co_stacksize, ic.co_flags, ic.co_code, ic.co_consts,
                    ic.co_names, ic.co_varnames, ic.co_filename, ic.co_name, ic.co_qualname,
                    ic.co_firstlineno, ic.co_linetable, ic.co_exceptiontable,
                    ic.co_freevars, ic.co_cellvars)
print(c4.co_freevars, c4.co_cellvars, c4.co_varnames)
oc = outer.__code__
print(oc.co_cellvars, oc.replace().co_cellvars)

try:
    1 / 0
except ZeroDivisionError as ex:
    tb = ex.__traceback__
tb2 = types.TracebackType(None, tb.tb_frame, tb.tb_lasti, 42)
print(tb2.tb_lineno, tb2.tb_next, tb2.tb_frame is tb.tb_frame, tb2.tb_lasti == tb.tb_lasti)
tb3 = types.TracebackType(tb2, tb.tb_frame, 0, 7)
print(tb3.tb_next is tb2, tb3.tb_lineno)
try:
    types.TracebackType(1, tb.tb_frame, 0, 1)
except TypeError as e:
    print(e)
try:
    raise ValueError("x").with_traceback(tb3)
except ValueError as e:
    t = e.__traceback__
    n = 0
    while t is not None:
        n += 1
        t = t.tb_next
    print(n)
