import functools, operator
from functools import lru_cache, cached_property, singledispatch, total_ordering, reduce, partial, wraps

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
fib.cache_clear(); print(fib.cache_info(), fib.__wrapped__.__name__, fib.cache_parameters())
@functools.cache
def sq(x):
    return x * x
print([sq(i % 3) for i in range(6)], sq.cache_info())
@lru_cache(typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info().currsize)
try:
    ident([1])
except TypeError as e:
    print("TypeError:", e)

class Dataset:
    def __init__(self, values):
        self.values = values
    @cached_property
    def stats(self):
        print("  computing stats")
        return min(self.values), max(self.values)
d = Dataset([3, 1, 4])
print(d.stats, d.stats, "stats" in vars(d))
del d.stats
print(d.stats)
print(type(Dataset.__dict__["stats"]).__name__, Dataset.stats.attrname)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)

@singledispatch
def describe(obj):
    return f"object {obj!r}"
@describe.register
def _(obj: int):
    return f"int {obj}"
@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)
@describe.register(float | complex)
def _(obj):
    return f"number {obj}"
print(describe(3), describe(True), describe(2.5), describe([1, "a", 1j]), describe(None))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(type(arg).__name__)
    @area.register
    def _(self, arg: int):
        return arg * arg
try:
    print(Shape().area(4), Shape().area("x"))
except NotImplementedError as e:
    print("NotImplementedError:", e)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("2") <= Version("1.9"))
try:
    @total_ordering
    class Nope:
        pass
except ValueError as e:
    print("ValueError:", e)

print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2], []), reduce(max, [3, 9, 2], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
cube = partial(power, exp=3)
sq_mod = partial(power, 2, mod=5)
print(repr(cube), repr(sq_mod)[:60], cube(2), sq_mod(10), cube.func is power, cube.args, cube.keywords)
p2 = partial(cube, mod=7); print(p2(3), p2.keywords, repr(partial(max, 1, 2)))
pm = functools.partialmethod(power, 3)
print(repr(pm)[:40])

def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def documented(x: int) -> int:
    """Return x."""
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__)

ig = operator.itemgetter(1, 0)
ag = operator.attrgetter("parts", "parts.__len__")
mc = operator.methodcaller("split", ",", maxsplit=1)
print(repr(ig), repr(ag), repr(mc), repr(operator.itemgetter("k")), repr(operator.attrgetter("a.b")))
print(ig(["a", "b"]), mc("a,b,c"), operator.itemgetter(slice(1, None))("xyz"), operator.attrgetter("real")(3))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 25)]
print(sorted(people, key=operator.itemgetter(1)), sorted(people, key=operator.itemgetter(1), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])), min(people, key=operator.itemgetter(1)))
print(operator.add(1, 2), operator.concat("a", "b"), operator.contains([1], 1), operator.neg(3), operator.index(5), operator.length_hint(iter([1, 2])))
print(operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"), operator.truth([]), operator.is_(None, None), operator.matmul.__name__)
try:
    operator.itemgetter()
except TypeError as e:
    print("TypeError:", e)
try:
    operator.attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
