# dir() of builtin objects lists what CPython lists: computed attributes (co_*, f_*, gi_*,
# cr_*, start/stop/step, real/imag, __code__ ...) and the dunders each type defines.
import sys


def f(a, b=1):
    return a


async def co():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


def show(label, obj, prefix=None):
    names = dir(obj)
    if prefix:
        names = [n for n in names if n.startswith(prefix)]
    print(label, names)


show("function", f, "__")
show("method", C().m, "__")
show("int", 1)
show("float", 1.5, "")
show("complex", 1j)
show("bool", True)
show("str", "s", "__")
show("list", [])
show("tuple", ())
show("dict", {}, "__")
show("set", set(), "__")
show("frozenset", frozenset(), "__")
show("range", range(3))
show("slice", slice(1))
g = gen()
show("generator", g, "gi_")
c = co()
show("coroutine", c, "cr_")
c.close()
show("code", f.__code__, "co_")
show("frame", sys._getframe(), "f_")
show("property", property(), "f")
show("exception", ValueError("x"), "__")
show("None", None)
for name in ["real", "imag", "numerator", "denominator"]:
    print(name, getattr(7, name), getattr(True, name), getattr(2.5, name, "-"), getattr(1 + 2j, name, "-"))
print([n for n in dir(int) if not hasattr(1, n)])
print([n for n in dir(list) if not hasattr([], n)])
print((1).__doc__ == int.__doc__, hasattr(1, "__module__"), hasattr(f, "__module__"))
print(float.__getformat__("double"))
e = ValueError("x")
e.__setstate__({"note": 1})
print(e.note, e.args)

# the descriptors behind those attributes, seen on the types
import types
print(types.FunctionType.__code__, types.FunctionType.__globals__, int.real, complex.imag, range.start)
print(types.GeneratorType.gi_frame, types.CoroutineType.cr_origin, types.FrameType.f_lineno, types.CodeType.co_name)
def f(a=1): return a
print(types.FunctionType.__defaults__.__get__(f), int.real.__get__(5), range.stop.__get__(range(3)))
print(type(int.real).__name__, type(complex.real).__name__)
print(hasattr(types.CoroutineType, "gi_frame"))
