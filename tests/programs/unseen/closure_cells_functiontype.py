import types, functools
def mk():
    x = 1
    def f(): return x
    return f
f = mk()
c = f.__closure__[0]
print(type(c).__name__, c.cell_contents)
c.cell_contents = 42
print(f())
del c.cell_contents
try:
    f()
except NameError as e:
    print(e)
try:
    c.cell_contents
except ValueError as e:
    print(e)
nc = types.CellType(5)
print(nc.cell_contents, repr(types.CellType()).split(" at ")[0])
g = types.FunctionType(f.__code__, {}, "g", None, (types.CellType(7),))
print(g(), g.__name__)
try:
    types.FunctionType(f.__code__, {})
except TypeError as e:
    print(e)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
@functools.total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
i = counter()
i(); i()
print(i.__code__.co_freevars, i.__closure__[0].cell_contents, counter.__code__.co_cellvars)
print([cell.cell_contents for cell in (lambda: (i, f))().__closure__ or []] if (lambda: (i, f)).__closure__ else "no closure")
class Outer:
    def method(self):
        return __class__.__name__, super().__repr__.__self__ is self
print(Outer().method(), Outer.method.__code__.co_freevars)
for clos in [(), (types.CellType(1), types.CellType(2)), [types.CellType(1)]]:
    try:
        types.FunctionType(f.__code__, {}, None, None, clos)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
h = types.FunctionType(compile("a + 1", "<e>", "eval"), {"a": 41})
print(h())
