# everyday stdlib use: itertools, functools, dataclasses, enum, exceptions and chaining, generators, random, math
import itertools, functools, operator
print(list(itertools.chain([1], (2, 3))), list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.accumulate([1, 2, 3])))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations("abc", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest([1, 2], "a", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.repeat("x", 2)))
print(functools.reduce(operator.add, [1, 2, 3]), functools.partial(pow, 2)(5), operator.attrgetter("real")(3), sorted([3, 1], key=operator.neg))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@functools.wraps(fib)
def w(): pass
print(w.__name__)
from dataclasses import dataclass, field
@dataclass(order=True)
class Inv:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
i1 = Inv("a", 2); i2 = Inv("b")
print(i1, i1 == Inv("a", 2), i1 < i2, sorted([i2, i1]), i2.tags)
from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = auto()
print(Color.RED, Color(2), Color["GREEN"].value, list(Color), Color.RED.name, repr(Color.GREEN))
class MyErr(Exception):
    def __init__(self, code): super().__init__(f"code {code}"); self.code = code
try:
    raise MyErr(5)
except MyErr as e:
    print(e, repr(e), e.code, e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__context__ is e.__cause__, e.__suppress_context__)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, isinstance(e, KeyError))
e = ValueError("a", 1)
print(str(e), repr(e), e.args, str(ValueError()), repr(ValueError()), str(KeyError("x")), str(KeyError()))
print(BaseException.__subclasses__()[:3] if False else "", issubclass(FileNotFoundError, OSError), OSError(2, "nf").errno)
def gen():
    x = yield 1
    print("got", x)
    yield 2
g = gen(); print(next(g), g.send("hi"))
print(list(x * 2 for x in range(3)), {x: x for x in "ab"}, [y for x in [[1, 2], [3]] for y in x])
import math, random
random.seed(42)
print(random.randint(1, 100), random.choice("abc"), random.random(), random.sample(range(10), 3), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l)
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.hypot(3, 4), math.log(100, 10), math.log2(8), math.exp(1), math.degrees(math.pi))
