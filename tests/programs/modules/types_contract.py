# types' class-building helpers, DynamicClassAttribute and coroutine(): results and errors.
import types

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"from_prepare": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

A = types.new_class("A", (), {"metaclass": Meta, "flag": True}, lambda ns: ns.update(x=1))
print(type(A).__name__, A.x, A.from_prepare, A.__name__, A.__module__ if A.__module__ else None)
B = types.new_class("B", (A,), None, lambda ns: ns.__setitem__("y", 2))
print(type(B).__name__, B.y, B.__mro__[1].__name__)
C = types.new_class("C")
print(C, type(C), C.__bases__)
class Entry:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (int, A)
e = Entry()
print(types.resolve_bases((e, str)), types.resolve_bases((int,)), types.resolve_bases(()))
t = (int,)
print(types.resolve_bases(t) is t)
D = types.new_class("D", (e,), {"metaclass": Meta})
print(D.__bases__, D.__orig_bases__ == (e,), types.get_original_bases(D) == (e,), types.get_original_bases(int))
print(types.prepare_class("P"), types.prepare_class("P", (A,))[0].__name__, types.prepare_class("P", (), {"metaclass": type, "k": 1}))
class Bad:
    def __mro_entries__(self, bases):
        return [int]
class M1(type): pass
class M2(type): pass
X1 = M1("X1", (), {})
X2 = M2("X2", (), {})
for f in (lambda: types.resolve_bases((Bad(),)), lambda: types.new_class("Z", (X1, X2)),
          lambda: types.prepare_class("Z", (X1,), {"metaclass": M2}), lambda: types.get_original_bases(5)):
    try:
        print(f())
    except TypeError as ex:
        print("TypeError:", ex)
print(types.prepare_class("Q", (), {"metaclass": lambda *a: a})[0].__class__.__name__)
from typing import Generic, TypeVar
T = TypeVar("T")
class G(Generic[T]): pass
class H(G[int]): pass
print(types.get_original_bases(H), types.get_original_bases(G))

class EnumLikeMeta(type):
    def __getattr__(cls, name):
        return f"meta {name}"
class WithDCA(metaclass=EnumLikeMeta):
    def __init__(self):
        self._v = 1
    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v
    @value.setter
    def value(self, v):
        self._v = v
    @types.DynamicClassAttribute
    def ro(self):
        return "ro"
w = WithDCA()
# (class access falling back to the metaclass's __getattr__ is left out: pydive's VM does
# not retry __getattr__ when a class attribute's __get__ raises AttributeError)
print(w.value, WithDCA.__dict__["value"].__doc__)
w.value = 5
print(w.value)
for f in (lambda: setattr(w, "ro", 1), lambda: delattr(w, "ro"), lambda: types.DynamicClassAttribute().__get__(w)):
    try:
        f()
    except AttributeError as ex:
        print("AttributeError:", ex)
dca = types.DynamicClassAttribute(lambda s: 1, doc="given")
print(dca.__doc__, dca.overwrite_doc, dca.getter(lambda s: 2).__doc__, dca.deleter(None).fdel, dca.__isabstractmethod__)
def g_doc(self):
    "gdoc"
d2 = types.DynamicClassAttribute(g_doc)
def g2(self):
    "g2doc"
print(d2.__doc__, d2.overwrite_doc, d2.getter(g2).__doc__)
try:
    types.DynamicClassAttribute.__get__(dca, None, WithDCA)
except AttributeError as ex:
    print("AttributeError:", repr(ex))

@types.coroutine
def gen_coro():
    got = yield "step"
    return got * 2
print(gen_coro.__code__.co_flags & 0x100 != 0, types.coroutine(gen_coro) is gen_coro)
async def user():
    return await gen_coro()
c = user()
print(c.send(None))
try:
    c.send(21)
except StopIteration as ex:
    print("result", ex.value)
class Iterish:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration("done")
        return self.n
    def send(self, v): return self.__next__()
    def throw(self, *a): raise a[0]
    def close(self): pass
import collections.abc
collections.abc.Generator.register(Iterish)
wrapped = types.coroutine(lambda: Iterish())
w2 = wrapped()
print(type(w2).__name__, w2.send(None), next(w2), w2.__await__() is w2)
print(types.coroutine(lambda: 5)(), type(types.coroutine(gen_coro.__wrapped__ if hasattr(gen_coro, "__wrapped__") else gen_coro)).__name__)
def plain_gen():
    yield 1
pg = types.coroutine(lambda: plain_gen())
r = pg()
print(type(r).__name__, r.send(None), r.gi_running, r.cr_running, r.__name__, r.__qualname__)
try:
    types.coroutine(5)
except TypeError as ex:
    print("TypeError:", ex)
print(sorted(n for n in types.__all__ if not n.endswith("Type")))
