# modules: abc _collections_abc collections.abc keyword operator collections
import functools
from functools import *
def f(a, b, c=3, *, d=4):
    "doc of f"
    return (a, b, c, d)
p = partial(f, 1, d=9)
print(p(2), p(2, 5, d=0), p.func is f, p.args, p.keywords, repr(p).replace(hex(id(f)), "ID"))
pp = partial(p, 7); print(pp.args, pp.func is f, pp(), type(pp))
class MyPartial(partial): pass
print(repr(MyPartial(max, 1)).split(" at ")[0], MyPartial(max, 1)(5))
try:
    partial(3)
except TypeError as e:
    print(e)
print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 10), reduce(max, [3]))
try:
    reduce(max, [])
except TypeError as e:
    print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
g = deco(f)
print(g.__name__, g.__doc__, g.__qualname__, g.__wrapped__ is f, g(1, 2))
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
for x in [1, 2, 1, 3, 2, 1, 1]:
    sq(x)
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@cache
def c1(x, y=0):
    return x + y
print(c1(1), c1(1, y=0), c1(1, 0), c1.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
print(z(1), z(1), z.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print(e)
class C:
    @lru_cache
    def m(self, x):
        return x + 1
    @cached_property
    def prop(self):
        print("computing prop")
        return 42
c = C(); print(c.m(1), c.m(1), C.m.cache_info(), c.prop, c.prop, c.__dict__)
print(C.prop.attrname, C.prop.__doc__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(3), V.__gt__.__name__)
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(2) >= W(3))
try:
    total_ordering(type("X", (), {}))
except ValueError as e:
    print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@singledispatch
def show(x):
    return "object"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
from collections.abc import Mapping, Sequence
@show.register(Mapping)
def _(x):
    return "mapping"
@show.register(float | complex)
def _(x):
    return "number"
print(show(1), show(True), show("s"), show([1]), show({}), show(1.5), show(2j), show(()))
show.register(Sequence, lambda x: "sequence")
print(show(()), show("s"), show([]), show.dispatch(tuple).__name__ if hasattr(show.dispatch(tuple), "__name__") else "")
print(sorted(k.__name__ for k in show.registry))
try:
    show()
except TypeError as e:
    print(e)
try:
    show.register(lambda x: x)
except TypeError as e:
    print(e)
class D:
    @singledispatchmethod
    def go(self, arg):
        return "default"
    @go.register
    def _(self, arg: int):
        return "int"
print(D().go(1), D().go("x"))
class E:
    def m(self, a, b): return (a, b)
    pm = partialmethod(m, 1)
print(E().pm(2), repr(E.__dict__["pm"]).split(" at ")[0])
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
