# modules: abc _collections_abc
import collections.abc as cabc
from collections.abc import *
checks = [[], (), {}, set(), frozenset(), "s", b"b", bytearray(), range(3), iter([]),
          (x for x in ()), {}.keys(), {}.values(), {}.items(), len, 3, None, memoryview(b"")]
names = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
         "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
         "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
         "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Buffer"]
for n in names:
    abc_cls = getattr(cabc, n)
    print(n, "".join("1" if isinstance(o, abc_cls) else "0" for o in checks))
class MySeq(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
s = MySeq(5)
print(list(s), 4 in s, s.index(9), s.count(1), list(reversed(s)), isinstance(s, Reversible))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2})
print(m.keys(), m.keys() & {"a", "q"}, m.keys() | {"c"} == {"a", "b", "c"}, m.items() - {("a", 1)})
class MyMut(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
mm = MyMut(); mm.update({"x": 1}, y=2); mm.setdefault("z", 3)
print(mm.pop("x"), mm.popitem(), dict(mm), mm.pop("nope", None))
try:
    MySeq.__abstractmethods__, MyMut.__abstractmethods__
    class Bad(Sequence): pass
    Bad()
except TypeError as e:
    print("TypeError", e)
class Dummy:
    def __iter__(self): return iter(())
    def __len__(self): return 0
    def __contains__(self, x): return False
print(issubclass(Dummy, Iterable), issubclass(Dummy, Sized), issubclass(Dummy, Collection), issubclass(Dummy, Sequence))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(int, Hashable))
class SetImpl(Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = SetImpl([1, 2, 3]), SetImpl([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, a == SetImpl([3, 2, 1]), a.isdisjoint([9]), a._hash() == hash(frozenset([1, 2, 3])))
print(Sequence.register(Dummy) is Dummy, issubclass(Dummy, Sequence), isinstance(Dummy(), Sequence))
try:
    Sequence.register(3)
except TypeError as e:
    print(e)
