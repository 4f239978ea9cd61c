# C.__dict__ / vars(C) are read-only mappingproxy views (Objects/descrobject.c), holding the
# __dict__/__weakref__ getset descriptors a class introduces (typeobject.c type_new_descriptors).
import dataclasses
import types


def show(C):
    # functions print with addresses: name them instead
    items = {k: (f"<function {v.__qualname__}>" if isinstance(v, types.FunctionType) else v)
             for k, v in C.__dict__.items()}
    print(C.__name__, items)


class A:
    x = 1


class B(A):
    y = 2


class Doc:
    "doc"
    z = 3


class Eq:
    def __eq__(self, other):
        return True


class P:
    __slots__ = ("b", "a")


class Q:
    __slots__ = ("a", "__weakref__")


class R:
    __slots__ = ("__dict__",)


class R2(R):
    __slots__ = ("x",)


class Empty:
    __slots__ = ()


class Empty2(Empty):
    pass


class I(int):
    pass


class L(list):
    pass


class S(set):
    pass


class E(Exception):
    pass


class T(tuple):
    pass


class Mixed(A, list):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


@dataclasses.dataclass
class DC:
    a: int
    b: str = "x"


for C in [A, B, Doc, P, Q, R, R2, Empty, Empty2, I, L, S, E, T, Mixed, Meta, WithMeta]:
    show(C)
    print(C.__dict__ == dict(C.__dict__), len(C.__dict__), list(C.__dict__) == list(vars(C)))
print(list(DC.__dict__))
print(DC.__dict__["__dict__"], DC.__dict__["__doc__"])
print({k: v for k, v in Eq.__dict__.items() if k != "__eq__"})
print(P.__dict__["a"], Q.__dict__["__weakref__"], R.__dict__["__dict__"])

# the proxy's own behaviour
d = A.__dict__
print(type(d), type(d).__name__, type(d).__module__, type(vars(A)) is type(d))
print(d["x"], d.get("x"), d.get("nope"), d.get("nope", 5), "x" in d, "nope" in d)
print(list(d.keys()), [k for k in d], list(d.values())[1], list(d.items())[1])
print(type(d.copy()), d.copy() == dict(d))
print(type(d | {"q": 1}), sorted(d | {"q": 1}))
print(type({"q": 1} | d), list({"q": 1} | d)[0])
print(list(reversed(d))[0])
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    d |= {}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)
A.w = 5
print(d["w"], "w" in A.__dict__)

# types.MappingProxyType over any mapping: live, read-only
base = {"b": 2, "a": 1}
mp = types.MappingProxyType(base)
print(mp, repr(mp), str(mp), len(mp))
base["c"] = 3
print(mp, mp == base, mp != base, mp == types.MappingProxyType(base))
print(types.MappingProxyType({}), bool(types.MappingProxyType({})), bool(mp))
for bad in ([1], (1,), 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    mp.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(mp, dict), type(mp) is type(int.__dict__))
import collections.abc
print(isinstance(mp, collections.abc.Mapping))

# builtin types
print(type(int.__dict__).__name__, int.__dict__["real"], "real" in int.__dict__)
print(int.__dict__.get("numerator"), type(object.__dict__).__name__)

# the descriptors work
a = A()
a.v = 1
print(A.__dict__["__dict__"].__get__(a, A), A.__weakref__, a.__weakref__)
print(A.__dict__["__dict__"].__get__(None, A) is A.__dict__["__dict__"])
