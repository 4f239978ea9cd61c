# modules: abc _collections_abc collections.abc keyword operator
from collections import defaultdict, OrderedDict, Counter, ChainMap
dd = defaultdict(list)
dd["a"].append(1); dd["b"]; print(dd, dd.default_factory, dd.copy(), type(dd.copy()))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1) | {"b": 2})
try:
    defaultdict(3)
except TypeError as e:
    print(e)
try:
    defaultdict()["x"]
except KeyError as e:
    print("KeyError", e)
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(od, list(od.keys()), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1),
      OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict.fromkeys("xyz", 0), od.setdefault("q", 5), od, od.pop("q"), od.pop("zz", "dflt"))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(), c["z"], c.total(), sorted(c.elements()))
c.update("aaz"); c.subtract({"b": 5}); print(c)
print(+c, -c, c + Counter("b"), c - Counter("a"), c | Counter(a=10), c & Counter(a=2, r=9))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(), Counter({"x": 2, "y": 2, "z": 3}))
c2 = Counter(a=3, b=-1); c2 += Counter(b=1); print(c2)
del c2["nothere"]; print(c2)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), list(cm), cm.get("z", 0), "b" in cm)
ch = cm.new_child({"c": 4}); print(ch, ch.parents, ch.maps)
ch["d"] = 5; del ch["d"]
try:
    del ch["b"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap(), dict(cm), cm | {"z": 1}, {"y": 0} | cm)
