import types, sys
names = sorted(n for n in dir(types) if not n.startswith("_"))
print(names)
print(sorted(types.__all__))
for n in names:
    v = getattr(types, n)
    if isinstance(v, type):
        print(n, v.__name__)
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [2]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[2]), types.SimpleNamespace())
mp = types.MappingProxyType({"k": 1}); print(mp, mp["k"], list(mp), len(mp))
try:
    mp["z"] = 1
except TypeError as e:
    print(e)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": True}
C = types.new_class("C", (), {"metaclass": Meta, "flag": 1} if False else {"metaclass": Meta}, lambda ns: ns.update(x=5))
print(C.__name__, C.x, C.injected, type(C).__name__)
print(types.resolve_bases((int, list[int])), types.prepare_class("X", (int,)))
class Gen(list[int]): pass
print(types.get_original_bases(Gen), types.get_original_bases(int))
@types.coroutine
def gen():
    yield 1
    return 5
print(bool(gen.__code__.co_flags & 0x100))
async def use():
    return await gen()
co = use(); print(co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
class D:
    @types.DynamicClassAttribute
    def attr(self):
        return "instance"
print(D().attr)
try:
    D.attr
except AttributeError as e:
    print("AttributeError", repr(e))
print(types.MethodType(lambda self: self * 2, 21)())
print(types.FunctionType is type(lambda: 0), types.ModuleType("m", "doc"), isinstance(sys, types.ModuleType))
