# functools' contract: wraps/update_wrapper, total_ordering's derived methods, cmp_to_key,
# reduce, partial/partialmethod (flattening, repr, state), lru_cache (hits, eviction order,
# typed keys, re-entrancy, methods), singledispatch (MRO, ABCs, unions, annotations),
# singledispatchmethod, cached_property, and their error messages.
import functools
from functools import partial, partialmethod, lru_cache, singledispatch
import collections.abc as cabc

def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    "doc here"
    return x
documented.extra = 1
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__annotations__,
      documented.__wrapped__.__name__, documented.__module__)
def bare(): pass
bare.__dict__["attr"] = 5
class Obj: pass
o = Obj()
functools.update_wrapper(o, bare, assigned=("__name__", "__missing__"), updated=())
print(o.__name__, o.__wrapped__ is bare, hasattr(o, "attr"))
o2 = Obj()
functools.update_wrapper(o2, bare)
print(o2.attr, o2.__qualname__, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
try:
    functools.update_wrapper(o2, bare, updated=("nope",))
except AttributeError as e:
    print("AttributeError:", e)

for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    ns = {"__init__": lambda self, v: setattr(self, "v", v),
          "__eq__": lambda self, o: self.v == o.v,
          root: (lambda op: lambda self, o: getattr(self.v, op)(o.v))(root)}
    C = functools.total_ordering(type("T" + root.strip("_"), (), ns))
    a, b = C(1), C(2)
    print(root, [(n, getattr(C, n).__name__, getattr(C, n).__qualname__) for n in ("__lt__", "__le__", "__gt__", "__ge__")])
    print(" ", a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a, a <= C(1), a >= C(1))
@functools.total_ordering
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Both) and self.v == o.v
    def __gt__(self, o): return self.v > o.v
    def __le__(self, o):
        if not isinstance(o, Both): return NotImplemented
        return self.v <= o.v
print(Both.__lt__.__qualname__, Both.__ge__.__qualname__, Both(1) < Both(2), Both(2) >= Both(2))
try:
    Both(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    functools.total_ordering(type("Nothing", (), {}))
except ValueError as e:
    print("ValueError:", e)

K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(1) == K(1), K(2) >= K(3), K(1) != K(2))
try:
    hash(K(1))
except TypeError as e:
    print("TypeError:", e)
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))

print(functools.reduce(lambda a, b: a - b, [10, 1, 2]), functools.reduce(lambda a, b: a + b, [], "init"),
      functools.reduce(lambda a, b: a + b, ["x"]), functools.reduce(lambda a, b: a * b, range(1, 6), None or 1),
      functools.reduce(lambda a, b: (a, b), iter("abc"), None))
for args in ((lambda a, b: a, []), (lambda a, b: a, 5), (len,)):
    try:
        functools.reduce(*args)
    except TypeError as e:
        print("TypeError:", e)

def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, kw)
p = partial(f, 1, c=30)
print(p(), p(5, 6, c=7, d=8), p.func is f, p.args, p.keywords)
pp = partial(p, 9, d=4)
print(pp.func is f, pp.args, pp.keywords, pp())
print(repr(partial(len, [1], key=2)).replace(hex(id(len)), "ID"), repr(partial(print, sep="-")))
class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
print(repr(mp), type(partial(mp, 2).func).__name__, partial(mp, 2).args)
q = partial(f, 5)
q.note = "x"
print(partial(q, 6).func is q, q.__dict__)
for bad in ((), (5,)):
    try:
        partial(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(p.__reduce__()[0].__name__, p.__reduce__()[1][0] is f, p.__reduce__()[2][1:])
r = partial(len)
r.__setstate__((max, (1,), {"key": abs}, {"tag": 1}))
print(r(-5), r.func, r.args, r.keywords, r.tag)
for st in (1, (max,), (max, [], None, None), (5, (), None, None)):
    try:
        r.__setstate__(st)
    except TypeError as e:
        print("TypeError:", e)
print(partial[int], partialmethod[int])
selfref = partial(f)
selfref.__setstate__((f, (selfref,), None, None))
print(repr(selfref).count("..."))

class Cell:
    def __init__(self):
        self.state = False
    def set_state(self, state, note=""):
        self.state = state
        return note
    set_alive = partialmethod(set_state, True, note="alive")
    set_dead = partialmethod(set_state, False)
    nested = partialmethod(set_alive, note="nested")
    @classmethod
    def make(cls, *a):
        return (cls.__name__, a)
    cm = partialmethod(make, 1)
    sm = partialmethod(staticmethod(lambda *a: a), "s")
c = Cell()
print(c.set_alive(), c.state, c.set_dead(), c.state, c.nested(), Cell.cm(2), c.cm(), c.sm(0), Cell.sm())
print(repr(Cell.__dict__["set_alive"]).split(" at ")[0], Cell.__dict__["nested"].args, Cell.__dict__["nested"].keywords)
print(type(Cell.set_alive).__name__, Cell.set_alive._partialmethod is Cell.__dict__["set_alive"], Cell.set_alive(c), c.state)
try:
    partialmethod(5)
except TypeError as e:
    print("TypeError:", e)

calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    sq(x)
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.__wrapped__(3), sq.__name__, type(sq.cache_info()).__name__)
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info(), t.cache_parameters())
@lru_cache
def plain(x, *, y=0):
    return x + y
print(plain(1), plain(1, y=0), plain(x=1), plain(1), plain.cache_info())
@lru_cache(maxsize=0)
def never(x):
    return x
print(never(1), never(1), never.cache_info())
@lru_cache(maxsize=-5)
def neg(x):
    return x
print(neg(1), neg(1), neg.cache_info())
@lru_cache(None)
def unbounded(x):
    return x
print([unbounded(i % 3) for i in range(7)], unbounded.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)
depth = []
@lru_cache(maxsize=2)
def fact(n):
    depth.append(n)
    return 1 if n < 2 else n * fact(n - 1)
print(fact(6), fact.cache_info(), depth)
class WithCache:
    def __init__(self, k): self.k = k
    @lru_cache
    def m(self, x):
        return self.k * x
    @functools.cache
    def n(self):
        return "n"
w = WithCache(3)
print(w.m(2), w.m(2), WithCache.m.cache_info(), type(w.m).__name__, w.m.__self__ is w, w.n(), WithCache.n.__name__)
print(functools.cache(lambda: 7)(), functools.cache.__name__)
import copy
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq)

@singledispatch
def kind(x):
    return "object"
@kind.register
def _(x: int):
    return "int"
@kind.register(float)
@kind.register(complex)
def _(x):
    return "float/complex"
@kind.register(cabc.Sequence)
def _(x):
    return "sequence"
@kind.register(cabc.Mapping)
def _(x):
    return "mapping"
kind.register(list, lambda x: "list")
@kind.register
def _(x: bytes | bytearray):
    return "bytes-like"
print(kind(1), kind(True), kind(1.5), kind(2j), kind("s"), kind((1,)), kind([1]), kind({}), kind(b""),
      kind(bytearray()), kind(None), kind(range(2)), kind(collections_od := __import__("collections").OrderedDict()))
print(kind.dispatch(bool).__name__ if hasattr(kind.dispatch(bool), "__name__") else "?", kind.dispatch(str) is kind.dispatch(tuple),
      sorted(t.__name__ for t in kind.registry if isinstance(t, type)), type(kind.registry).__name__)
class MySeq(cabc.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
print(kind(MySeq()))
class Both2(cabc.Sized, cabc.Iterable):
    pass
@singledispatch
def amb(x):
    return "base"
amb.register(cabc.Sized, lambda x: "sized")
amb.register(cabc.Iterable, lambda x: "iterable")
class Thing:
    def __len__(self): return 0
    def __iter__(self): return iter(())
try:
    amb(Thing())
except RuntimeError as e:
    print("RuntimeError:", e)
print(amb(5), amb(object()))
for bad in ((5,), (lambda x: x,), ("x", lambda x: x)):
    try:
        kind.register(*bad)
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])
def ann_str(x: "list"): return "from str"
def ann_bad(x: 5): pass
import typing
def ann_union(x: typing.Union[int, typing.List[int]]): pass
for fn in (ann_str, ann_bad, ann_union):
    try:
        print(kind.register(fn).__name__, kind([]))
    except TypeError as e:
        print("TypeError:", e)
try:
    kind()
except TypeError as e:
    print("TypeError:", e)
print(kind.__name__, kind.__wrapped__.__name__, kind._clear_cache() is None)

class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "generic"
    @area.register
    def _(self, arg: int):
        return f"int {arg}"
    @area.register(str)
    def _(self, arg):
        return f"str {arg}"
    @functools.singledispatchmethod
    @classmethod
    def build(cls, arg):
        return f"{cls.__name__} generic"
    @build.register(list)
    @classmethod
    def _(cls, arg):
        return f"{cls.__name__} list"
s = Shape()
print(s.area(2), s.area("x"), s.area(1.5), Shape.build([]), Shape.build(1), s.area.__name__, Shape.area.__isabstractmethod__)

class Lazy:
    def __init__(self):
        self.count = 0
    @functools.cached_property
    def value(self):
        "the value"
        self.count += 1
        return self.count * 10
l = Lazy()
print(l.value, l.value, l.count, l.__dict__, Lazy.value.__doc__, Lazy.value.attrname, type(Lazy.value).__name__)
del l.value
print(l.value, Lazy.value.__module__)
class Slotted:
    __slots__ = ("a",)
    @functools.cached_property
    def p(self):
        return 1
try:
    Slotted().p
except TypeError as e:
    print("TypeError:", e)
cp = functools.cached_property(lambda self: 1)
try:
    class Two:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, e.__cause__)
try:
    functools.cached_property(lambda s: 1).__get__(object())
except TypeError as e:
    print("TypeError:", e)
print(functools.cached_property[int])
print(sorted(functools.__all__))
