# Code object attributes: co_varnames, co_cellvars, co_freevars, co_consts, co_names,
# co_exceptiontable, co_positions, co_lines, co_qualname, co_flags with inspect.CO_*.
import inspect


def plain(a, b=2, *args, c, d=4, **kw):
    e = a + b
    return e


def outer(x):
    y = x * 2

    def inner(z):
        return x + y + z
    return inner


async def coro():
    return 1


def gen():
    yield 1


async def agen():
    yield 1


def tries(v):
    try:
        return 1 / v
    except ZeroDivisionError:
        return None
    finally:
        v = 0


class K:
    def method(self):
        def local():
            pass
        return local


FLAG_NAMES = ["CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS",
              "CO_NESTED", "CO_GENERATOR", "CO_NOFREE", "CO_COROUTINE",
              "CO_ITERABLE_COROUTINE", "CO_ASYNC_GENERATOR"]


def flags(code):
    return [n for n in FLAG_NAMES if code.co_flags & getattr(inspect, n)]


for fn in [plain, outer, outer(1), coro, gen, agen, tries, K.method, K().method()]:
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_firstlineno)
    print("  args", c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
    print("  varnames", c.co_varnames, "cell", c.co_cellvars, "free", c.co_freevars)
    print("  names", c.co_names, "consts", [x if not inspect.iscode(x) else x.co_name
                                             for x in c.co_consts])
    print("  flags", hex(c.co_flags), flags(c))
    print("  stacksize", c.co_stacksize, "exceptiontable", c.co_exceptiontable.hex())
    print("  lines", list(c.co_lines()))
    print("  positions", list(c.co_positions())[:6])
    print("  code bytes", len(c.co_code), c.co_code[:8].hex())

c = plain.__code__
r = c.replace(co_name="renamed")
print(r.co_name, r.co_varnames == c.co_varnames, r is c)
print(inspect.getfullargspec(plain))
print(inspect.signature(plain))
print(inspect.iscoroutinefunction(coro), inspect.isgeneratorfunction(gen),
      inspect.isasyncgenfunction(agen))
