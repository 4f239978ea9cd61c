import functools
import operator
from functools import reduce, partial, singledispatch, singledispatchmethod, wraps, total_ordering

def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, get.__qualname__)

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)], [lambda x: x * i for i in range(4)]
good, bad = make_multipliers()
print([f(10) for f in good], [f(10) for f in bad])

def log_calls(prefix):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            r = fn(*args, **kwargs)
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            print(f"{prefix}{fn.__name__}({', '.join(parts)}) -> {r!r}")
            return r
        return wrapper
    return deco

@log_calls(">> ")
def area(w, h=1, *, unit="m"):
    """Compute area."""
    return f"{w * h}{unit}2"

area(3, 4); area(2, unit="cm"); area(w=5)
print(area.__name__, area.__doc__, area.__wrapped__.__defaults__, area.__wrapped__.__kwdefaults__)
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
pow2 = partial(pow, 2)
int_base2 = partial(int, base=2)
print(pow2(10), int_base2("1011"), repr(int_base2).startswith("functools.partial(<class 'int'>"), pow2.args, int_base2.keywords)
p2 = partial(partial(max, 1), 5)
print(p2(3), p2.args, p2.func)

@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
@show.register(tuple)
def _(x):
    return f"seq of {len(x)}: " + ", ".join(show(i) for i in x)
@show.register
def _(x: float | complex):
    return f"number {x:.2f}" if isinstance(x, float) else f"complex {x}"
print(show(3), show(True), show(2.5), show(1j), show([1, "a", (2.0,)]), show({}), show.dispatch(bool).__name__)
print(sorted(k.__name__ for k in show.registry))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"
    @fmt.register
    def _(self, arg: str):
        return arg.upper()
    @fmt.register
    def _(self, arg: int):
        return f"#{arg}"
print(Formatter().fmt("hi"), Formatter().fmt(4), Formatter().fmt(None))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ("1.10.0", "1.2", "1.2.0", "0.9.9", "1.10")]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("2") > Version("10"), Version("1.0") <= Version("1.0"))
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))
print(list(map(operator.itemgetter(1, 0), [(1, 2), (3, 4)])), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"))
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains("abc", "b"), operator.neg(5), operator.truediv(7, 2), operator.index(7))
print(operator.is_(None, None), operator.not_(0), operator.getitem({"a": 1}, "a"), operator.pow(2, 10), operator.mod(-7, 3), operator.xor(6, 3))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd(l, [7]), operator.length_hint(iter(range(5))))

class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15
t = Temperature.from_f(212)
print(t.celsius, t.fahrenheit, Temperature.valid(-300), t.valid(0))
t.celsius = 25
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)
try:
    t.celsius = -500
except ValueError as e:
    print(e)
print(type(Temperature.__dict__["from_f"]).__name__, Temperature.celsius.fget.__name__, Temperature.from_f.__self__.__name__)
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7))
for call in (lambda: f(), lambda: f(1), lambda: f(1, a=2, d=1), lambda: f(1, d=1, d2=2, c=1, x=1), lambda: area(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print(e)
