"""Closures and decorators: counters, memoize, timing-free logging, class decorators."""
import functools


def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = make_counter(), make_counter(100)
print(c1(), c1(), c1(5), c2(), c1.__closure__[0].cell_contents)


def trace(fn):
    depth = 0

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal depth
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print("  " * depth + f"-> {fn.__name__}({', '.join(parts)})")
        depth += 1
        try:
            result = fn(*args, **kwargs)
        finally:
            depth -= 1
        print("  " * depth + f"<- {result!r}")
        return result
    return wrapper


@trace
def fact(n):
    """factorial"""
    return 1 if n <= 1 else n * fact(n - 1)


fact(4)
print(fact.__name__, fact.__doc__, fact.__wrapped__.__name__)


def repeat(times):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        return inner
    return deco


@repeat(3)
def hello(name):
    return f"hi {name}"


print(hello("bo"))


@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.cache_info())
paths.cache_clear()
print(paths.cache_info())


@functools.cache
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)


print(fibm(80))

registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls


@register
class Circle:
    pass


@register
class Square:
    pass


print(registry)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
double = functools.partial(lambda a, b: a * b, 2)
print(double(21), double.args, functools.reduce(lambda a, b: a * b, range(1, 7)))
print(functools.reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


@CountCalls
def square(x):
    return x * x


print(square(3), square(4), square.calls, square.__name__)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("0.9.9")]
print(sorted(vs), Version("2.0") >= Version("1.99"), Version("1.0") <= Version("1.0"))
@functools.singledispatch
def describe(x):
    return f"thing {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(3), describe([1, 2]), describe("s"), describe(True))
