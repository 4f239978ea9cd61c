# collections.abc: registration and structural checks, the mixin methods, _hash, views
import collections.abc as cabc
import warnings

# (Reversible and Buffer left out of the table: pydive's dict, views and bytes lack
# __reversed__/__buffer__ so far; Hashable: dict_values)
names = ["Iterable", "Iterator", "Generator", "Sized", "Container",
         "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
         "Sequence", "MutableSequence", "Awaitable", "Coroutine", "AsyncIterable",
         "AsyncIterator", "AsyncGenerator", "MappingView", "KeysView", "ItemsView",
         "ValuesView"]
def gen(): yield 1
async def co(): pass
async def ag(): yield 1
c = co()
samples = [[], (), "s", b"b", bytearray(), {}, {1}, frozenset(), range(3), memoryview(b""),
           iter([]), iter({}), {}.keys(), {}.values(), {}.items(), gen(), c, ag(), len, 1, None,
           reversed([]), zip()]
for s in samples:
    print(type(s).__name__, [n for n in names if isinstance(s, getattr(cabc, n))])
c.close()
print(sorted(cabc.__all__) == sorted(names + ["ByteString", "Hashable", "Reversible", "Buffer"]), cabc.Sized.__module__,
      cabc.Sized, cabc.Mapping.__name__)
for n in names + ["Hashable", "Reversible", "Buffer"]:
    print(n, sorted(getattr(cabc, n).__abstractmethods__))

class Structural:
    def __len__(self): return 3
    def __iter__(self): return iter([1, 2, 3])
    def __contains__(self, x): return x in (1, 2, 3)
class OptOut(Structural):
    __iter__ = None
class NoHash:
    __hash__ = None
print("more:", isinstance(type.__dict__, cabc.Mapping), isinstance(b"", cabc.Hashable), isinstance([], cabc.Reversible))
print("structural:", isinstance(Structural(), cabc.Collection), isinstance(Structural(), cabc.Sized),
      isinstance(OptOut(), cabc.Iterable), isinstance(OptOut(), cabc.Collection),
      isinstance(OptOut(), cabc.Sized), isinstance(NoHash(), cabc.Hashable),
      issubclass(Structural, cabc.Set), issubclass(Structural, cabc.Reversible))

class LS(cabc.Set):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return f"LS({self.items})"
    __hash__ = cabc.Set._hash
a, b = LS([1, 2, 3]), LS([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, [1, 2] - a if False else a - [1], [5, 1] - a)
print(a <= b, a < LS([1, 2, 3, 4]), a >= LS([1]), a > a, a == LS([3, 2, 1]), a == {1, 2, 3},
      a != b, a.isdisjoint([7, 8]), a.isdisjoint([3]), a.__le__(5), a.__and__(5))
print({1, 2} & a, {9} | a, a & {2})
for items in ([], [1], [1, 2, 3], ["a", "b"], [(1, 2), None, 3.5], list(range(50))):
    print("hash ok:", hash(LS(items)) == hash(frozenset(items)))

class MS(LS, cabc.MutableSet):
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
m = MS([1, 2, 3])
m |= [4]; print(m)
m &= [1, 2, 4, 9]; print(m)
m ^= [2, 7]; print(m)
m -= [1]; print(m)
m ^= m; print(m)
m = MS([5, 6]); print(m.pop(), m)
try: m.remove(99)
except KeyError as e: print("remove:", repr(e))
m.clear(); print(m)
try: m.pop()
except KeyError as e: print("pop empty:", repr(e))
m = MS([1]); m -= m; print(m)

class DictLike(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
d = DictLike()
d.update({"a": 1}, b=2); d.update([("c", 3)])
class K:
    def keys(self): return ["z"]
    def __getitem__(self, k): return k * 2
d.update(K())
print(dict(d), d.get("a"), d.get("q", 0), "a" in d, "q" in d, d == {"a": 1, "b": 2, "c": 3, "z": "zz"})
print(repr(d.keys())[:22], repr(d.items())[:23], type(d.values()).__name__)
print(list(d.keys()), list(d.items()), list(d.values()), ("a", 1) in d.items(), ("a", 2) in d.items(),
      ("n", 1) in d.items(), 2 in d.values(), d.keys() & {"a", "x"}, sorted(d.items() - {("a", 1)}, key=str))
print(d.setdefault("a", 9), d.setdefault("n", 9), d.pop("n"), d.pop("n", "dflt"), d.popitem(), dict(d))
try: d.pop("missing")
except KeyError as e: print("pop:", repr(e))
d.clear(); print(len(d))
try: d.popitem()
except KeyError as e: print("popitem empty:", repr(e))
print("reversed:", cabc.Mapping.__reversed__, d.__eq__(5))
match d:
    case {}: print("mapping pattern")

class Seq(cabc.MutableSequence):
    def __init__(self, *v): self.v = list(v)
    def __getitem__(self, i): return self.v[i]
    def __setitem__(self, i, x): self.v[i] = x
    def __delitem__(self, i): del self.v[i]
    def __len__(self): return len(self.v)
    def insert(self, i, x): self.v.insert(i, x)
    def __repr__(self): return f"Seq{self.v}"
s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, 9 in s, s.index(2), s.index(2, 2), s.index(2, -2), s.count(2))
try: s.index(2, 0, 1)
except ValueError as e: print("index:", repr(e))
s.append(5); s.extend([6, 7]); s.extend(s); s.reverse(); print(s)
print(s.pop(), s.pop(0), s); s.remove(2); print(s)
s += (0,); print(s)
s.clear(); print(s)
match Seq(1, 2):
    case [x, y]: print("sequence pattern", x, y)

class Gen(cabc.Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
g = Gen()
print(list(g), iter(g) is g)
try: Gen().throw(ValueError)
except ValueError as e: print("throw type:", repr(e))
try: Gen().throw(ValueError, ValueError("inst"))
except ValueError as e: print("throw val:", repr(e))
Gen().close()
class Stubborn(Gen):
    def throw(self, *a): return 1
try: Stubborn().close()
except RuntimeError as e: print(e)

try: cabc.Sequence()
except TypeError as e: print(e)
try: cabc.MutableMapping()
except TypeError as e: print(e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print("bytestring:", isinstance(b"", cabc.ByteString), issubclass(bytearray, cabc.ByteString))
    class MyBS(cabc.ByteString): pass
    print([str(x.message) for x in w], [x.category.__name__ for x in w])

print(cabc.Sequence[int], cabc.Mapping[str, int], cabc.Iterable[int], cabc.KeysView({1: 2}),
      cabc.ItemsView({}), cabc.ValuesView({3: 4}), len(cabc.KeysView({1: 2})))
print(super(Seq, Seq(1)).__len__ if False else cabc.Sized.__len__(None), cabc.Hashable.__hash__(None),
      cabc.Container.__contains__(None, 1), list(cabc.Iterable.__iter__(None)),
      cabc.Callable.__call__(None))
