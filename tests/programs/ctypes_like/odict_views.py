# OrderedDict's iterators and views are C types of their own in CPython: odict_iterator,
# odict_keys/odict_values/odict_items (deriving from the dict views), with their names in
# reprs; its methods check their receiver as 'collections.OrderedDict' descriptors.
from collections import OrderedDict
from collections.abc import KeysView, ItemsView, ValuesView

od = OrderedDict(a=1, b=2, c=3)
for x in (iter(od), reversed(od), od.keys(), od.values(), od.items(), iter(od.keys()),
          iter(od.values()), iter(od.items()), reversed(od.keys()), reversed(od.values()),
          reversed(od.items())):
    t = type(x)
    print(t.__name__, t.__module__, t.__qualname__, list(x))
print(od.keys(), od.values(), od.items())
print(OrderedDict().keys(), OrderedDict().items())
print(type(od.keys()).__mro__)
print(isinstance(od.keys(), type({}.keys())), isinstance(od.keys(), KeysView),
      isinstance(od.items(), ItemsView), isinstance(od.values(), ValuesView))
print(od.keys() == {"a", "b", "c"}, od.keys() & {"a", "z"}, od.keys() | {"z"} == {"a", "b", "c", "z"})
print(od.items() - {("a", 1)} == {("b", 2), ("c", 3)}, ("a", 1) in od.items(), "b" in od.keys())
print(len(od.keys()), len(od.values()), len(od.items()), od.keys().isdisjoint({"x"}))
print(list(od), list(reversed(od)), [k for k in od.keys()], sorted(od.values()))
it = iter(od)
print(next(it), list(it))
print(od.popitem(), od.popitem(last=False), od)
od.move_to_end("b", last=False)
print(od, list(od.items()))

for name in ("keys", "values", "items", "move_to_end", "popitem", "__reversed__"):
    for args in ((5,), ()):
        try:
            getattr(OrderedDict, name)(*args)
        except TypeError as e:
            print(name, args, e)

it = iter(od)
od["z"] = 26
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e, e.__context__)
it = iter(od.items())
del od["z"]
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)

# a subclass keeps all of it
class OD(OrderedDict):
    pass
o = OD(x=1)
print(type(iter(o)).__name__, o.keys(), o.items(), OD.keys(o))
