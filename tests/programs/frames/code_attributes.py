# code object attributes
def sample(a, b, *args, c=1, **kw):
    """doc"""
    x = a + b
    def inner():
        return x
    return inner
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_nlocals, co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names)
print(co.co_firstlineno, co.co_flags, co.co_stacksize)
print([c if not hasattr(c, "co_name") else "<code " + c.co_name + ">" for c in co.co_consts])
inner = sample(1, 2)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_flags, ic.co_stacksize)
print(list(co.co_lines())[:3], co.co_filename.split("/")[-1])
print(len(co.co_code), co.co_code[:2], type(co.co_code).__name__)
print(list(co.co_positions())[:3])
print(co.co_exceptiontable, co.co_linetable[:6])
def gen(): yield
async def coro(): pass
async def agen(): yield
print(gen.__code__.co_flags, coro.__code__.co_flags, agen.__code__.co_flags, (lambda: 0).__code__.co_name)
print(compile("x + 1", "<s>", "eval").co_names, compile("y = 2", "<s>", "exec").co_consts)
