import collections, functools, itertools, enum, dataclasses, types, decimal, fractions, datetime, re, io, array, weakref
a = [1, 2]; a.append(a)
d = {"k": 1}; d["self"] = d
print(a, d, repr(a), str([a, d]))
def outer():
    class Local:
        pass
    def inner():
        pass
    return Local, inner, lambda: 0
L, inner, lam = outer()
print(L.__qualname__, inner.__qualname__, lam.__qualname__, repr(L), L().__class__.__qualname__)
print({1: "a"}.keys(), {1: "a"}.values(), {1: "a"}.items())
print(collections.OrderedDict(a=1).keys(), collections.defaultdict(list, a=[1]), collections.Counter("aab").keys())
print(collections.deque([1, 2]), collections.deque([], maxlen=3), collections.ChainMap({1: 2}, {3: 4}), collections.UserDict(a=1), collections.UserList([1]), collections.UserString("s"))
P = collections.namedtuple("P", "x y")
print(P(1, 2), repr(P(x=[1], y={"a": P(0, 0)})))
print(functools.partial(max, 1, key=abs), repr(itertools.count(3)), repr(itertools.repeat(1, 3)), repr(itertools.count(1, 0.5)))
class Color(enum.Enum):
    RED = "r"
print(repr(Color.RED), Color, repr(Color), [Color.RED], {Color.RED: 1})
@dataclasses.dataclass
class D:
    x: list
    y: "D" = None
print(D([1], D([2])), [D([])])
print(types.SimpleNamespace(a=1, b=types.SimpleNamespace()), types.MappingProxyType({"a": 1}))
print(decimal.Decimal("1.50"), repr(decimal.Decimal("-0.00")), [decimal.Decimal("1e10")], fractions.Fraction(3, 4), [fractions.Fraction(1)])
print(repr(datetime.date(2024, 1, 2)), [datetime.datetime(2024, 1, 2, 3, 4, 5, 6)], [datetime.timedelta(1, 2, 3)], [datetime.time(1)], [datetime.timezone.utc])
print(re.compile(r"a\d+", re.I), re.compile("x"), repr(re.compile(r"\n", re.M | re.S)), [re.match("a", "a")][0].__class__.__name__)
print(array.array("i", [1, 2]), array.array("d"), array.array("u", "hi"), array.array("b", b"\x01"))
print(range(0), range(1, 5), range(1, 5, 2), slice(None), slice(1, None, -1), [Ellipsis], [NotImplemented])
print(frozenset(), frozenset({1}), set(), {()}, {"a"}, [set()], [frozenset([1, 2])])
print(b"\x00\xff'\"", bytearray(b"ab"), memoryview(b"x").tobytes(), [b"'"], [b'"'], repr(b"\\"))
print(1e100, [1e-100], 1.0e15, [0.1], (1.5,), {2.0: 3.0}, [float("nan"), float("-inf")], [complex(1, 2)], [complex(0, 1)], [-0j], [complex(-0.0, -0.0)])
print(str("x"), repr("x"), [("x", 'y"')], ["it's"], ['"q"'], ["tab\there"], ["\x1b[0m"], ["\u2028"], ["é"], ["\U0001f600"])
print(True, [True], None, [None], int, [int], type(None), [type(None)], [print], [len])
print(object.__repr__(Color.RED).startswith("<enum 'Color'") or "Color" in object.__repr__(Color.RED))
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "r-str"
print(R(), [R()], (R(),), {R(): R()}, {R()}, f"{R()}", f"{R()!r}", "%s %r" % (R(), R()), str([R()]), format(R()))
class NoStr:
    def __repr__(self):
        return "only-repr"
print(NoStr(), str(NoStr()), f"{NoStr()}")
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
try:
    print([BadRepr()])
except TypeError as e:
    print(e)
class SubInt(int):
    pass
class SubStr(str):
    pass
class SubList(list):
    pass
class SubDict(dict):
    pass
print(SubInt(5), repr(SubInt(5)), SubStr("x"), repr(SubStr("x")), SubList([1]), SubDict(a=1), [SubInt(3)], f"{SubInt(7):03d}")
class E(Exception):
    pass
print(repr(E()), repr(E("a")), repr(E("a", 2)), str(E()), str(E("a")), str(E("a", 2)), repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(repr(ValueError()), [OSError(2, "No such file")], str(OSError(2, "No such file", "f.txt")), repr(StopIteration(5)), repr(SystemExit(1)))
print(repr(ExceptionGroup("g", [ValueError(1)])), str(ExceptionGroup("g", [ValueError(1), TypeError()])))
w = weakref.ref(R)
print(type(w).__name__, weakref.ref(R)() is R)
gen = (x for x in [])
print(type(gen).__name__, gen.__name__, gen.__qualname__, (lambda: (yield)).__name__)
print(io.StringIO().__class__.__name__, repr(io.StringIO)[:25], type(iter(range(3))).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(b"")).__name__)
