# pprint's contract: every layout (dict, list, tuple, set, str, bytes, bytearray,
# mappingproxy, namespace, dataclass, OrderedDict, defaultdict, Counter, ChainMap, deque,
# User*), widths, indent, depth, compact, sort_dicts, underscore_numbers, recursion, safe
# reprs and the readable/recursive flags, argument errors, subclass hooks.
import collections
import dataclasses
import io
import pprint
import types

words = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua")
nested = {"alpha": list(range(25)), "beta": {"x": (1, 2, 3) * 8, "y": {"deep": [words]}},
          "gamma": {5, 3, 1, 4}, "delta": frozenset("abcdefghijklmnopqrstuvwxyz"),
          (1, "k"): None, "eps": (), "zeta": [[]], "eta": ("one",)}
for w in (80, 40, 20, 1):
    print("== width", w)
    pprint.pprint(nested, width=w)
for ind in (0, 3):
    pprint.pprint(nested, indent=ind, width=30)
for d in (1, 2, 3):
    print(pprint.pformat(nested, depth=d, width=60))
pprint.pprint(list(range(60)), compact=True, width=30)
pprint.pprint([[i] * i for i in range(8)], compact=True, width=25)
pprint.pprint(nested, sort_dicts=False, width=50)
pprint.pp(nested, width=60)
pprint.pp({"b": 1, "a": 2}, sort_dicts=True)
print(pprint.pformat(10 ** 12, underscore_numbers=True),
      pprint.pformat([10 ** 7, -12345678, 3.5, True], underscore_numbers=True))

# strings and bytes
pprint.pprint(words * 3)
pprint.pprint(words * 3, width=30)
pprint.pprint("line one\nline two is a good deal longer than the first one\n" * 3, width=35)
pprint.pprint({"text": words, "more": [words[:50], words]}, width=40)
pprint.pprint(["x" * 100], width=30)
pprint.pprint("", width=1)
pprint.pprint("short")
pprint.pprint(bytes(range(50)), width=40)
pprint.pprint([bytes(range(100, 130)), b"abc"], width=30)
pprint.pprint(bytearray(b"hello world, how are you today?" * 2), width=30)
pprint.pprint({"k": bytearray(40)}, width=30)
pprint.pprint(b"abcd", width=1)

# other containers
pprint.pprint(types.MappingProxyType({"a": list(range(30)), "b": 2}), width=40)
pprint.pprint(types.SimpleNamespace(first=list(range(20)), second="text", third={"x": 1}),
              width=40)
class NS(types.SimpleNamespace):
    pass
pprint.pprint(NS(a=list(range(30))), width=40)

@dataclasses.dataclass
class Point:
    x: int
    y: list
    hidden: int = dataclasses.field(default=0, repr=False)

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: list

@dataclasses.dataclass
class OwnRepr:
    a: list
    def __repr__(self):
        return "OwnRepr(" + "!" * 90 + ")"

pprint.pprint(Point(1, list(range(40))), width=40)
pprint.pprint([Point(2, ["a" * 30, "b" * 30])], width=40)
print(pprint.pformat(NoRepr(list(range(40))), width=40).startswith("<"))
pprint.pprint(OwnRepr([1]), width=40)
pprint.pprint(Point, width=10)
rp = Point(3, [])
rp.y.append(rp)
print(pprint.pformat(rp, width=10).replace(str(id(rp)), "ID"))

od = collections.OrderedDict((str(i), i * 11) for i in range(12))
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict(), width=1)
dd = collections.defaultdict(list, {"k%d" % i: list(range(i)) for i in range(6)})
pprint.pprint(dd, width=30)
pprint.pprint(collections.defaultdict(int), width=1)
cnt = collections.Counter("abracadabra alakazam hocus pocus")
pprint.pprint(cnt, width=30)
pprint.pprint(cnt, width=30, indent=3)
pprint.pprint(collections.Counter(), width=1)
cm = collections.ChainMap({"a": list(range(20))}, {"b": 2}, {})
pprint.pprint(cm, width=30)
pprint.pprint(collections.ChainMap(), width=1)
dq = collections.deque(range(40))
pprint.pprint(dq, width=30)
pprint.pprint(collections.deque(range(40), maxlen=50), width=30)
pprint.pprint(collections.deque(), width=1)
pprint.pprint(collections.UserDict({"u": list(range(30))}), width=30)
pprint.pprint(collections.UserList(range(30)), width=30)
pprint.pprint(collections.UserString(words), width=30)
class SubList(list):
    pass
class ReprList(list):
    def __repr__(self):
        return "ReprList!" * 20
pprint.pprint(SubList(range(30)), width=30)
pprint.pprint(ReprList(range(30)), width=30)
class SubDict(dict):
    pass
pprint.pprint(SubDict(a=list(range(30))), width=30)

# recursion, safe reprs, flags
rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
for obj in (rec, d, (rec,), [d, d]):
    text = pprint.pformat(obj, width=20)
    print(text.replace(str(id(rec)), "ID").replace(str(id(d)), "ID"),
          pprint.isrecursive(obj), pprint.isreadable(obj))
print(pprint.saferepr(rec).replace(str(id(rec)), "ID"), pprint.saferepr({3: "c", 1: "a"}),
      pprint.saferepr([1, (2,), {}]), pprint.saferepr(object).startswith("<class"))
shared = [1]
print(pprint.pformat([shared, shared]), pprint.isrecursive([shared, shared]))
print(pprint.isreadable(object()), pprint.isreadable([1, "a", None, 2.5, b"x"]),
      pprint.isreadable({1: pprint}), pprint.isreadable(3 + 4j))
class Empty:
    def __repr__(self):
        return ""
print(repr(pprint.isreadable(Empty())), repr(pprint.saferepr(Empty())))
mixed = {1: "int", "a": "str", (1,): "tuple", None: "none", 2.5: "float"}
print(pprint.pformat(mixed))
pp = pprint.PrettyPrinter(width=30, depth=2)
print(pp.pformat(nested)[:200])
print(pp.isrecursive(rec), pp.isreadable(rec), pp.isreadable([1]))
print(pp.format([1, [2, [3]]], {}, 2, 0), pp.format({"a": {"b": {}}}, {}, 1, 0))
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf, width=20).pprint(list(range(10)))
pprint.pprint({"to": "stream"}, stream=buf)
print(repr(buf.getvalue()))
for kw in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"indent": "2"}, {"width": "10"}):
    try:
        print(pprint.PrettyPrinter(**kw)._indent_per_level)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
print(Upper(width=30).pformat({"key": ["value", "other", "third one here"]}))
print(pprint.pformat(list(range(10)), width=-5))
print(sorted(pprint.__all__))
