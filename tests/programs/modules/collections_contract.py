# collections' contract for Counter, ChainMap, OrderedDict, namedtuple, UserDict, UserList
# and UserString: results, orders, reprs, error messages.
from collections import Counter, ChainMap, OrderedDict, namedtuple, UserDict, UserList, UserString

# Counter
c = Counter("abracadabra")
print(c, c.most_common(), c.most_common(0), c.most_common(-1), c.most_common(2), c.total())
print(list(c.elements()), c["zz"], "zz" in c, len(c))
c.update({"a": -5, "q": 2}, b=1)
c.update(["x", "x"])
print(c)
c.subtract("aab", r=1)
c.subtract({"x": 5})
print(c, +c, -c)
d = Counter(a=3, b=-1, c=0)
e = Counter(a=1, b=2, d=4)
print(d + e, d - e, d | e, d & e, e - d, e | d, e & d)
print(d == Counter(a=3, b=-1), d == Counter(a=3, b=-1, e=0), Counter() == Counter(z=0), d != e)
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) < Counter(a=1), Counter(a=1) < Counter(a=1, b=2),
      Counter(a=2) >= Counter(a=1), Counter(a=1) > Counter(a=1), Counter(a=1) > Counter())
print(d.__eq__({}), d.__le__(5), d.__add__({}), (d == {"a": 3, "b": -1, "c": 0}))
f = Counter(a=3, b=1)
f += Counter(a=-3, c=2)
print(f)
f -= Counter(c=5, z=-1)
print(f)
f |= Counter(b=3, y=0, w=2)
print(f)
f &= Counter(b=2, w=5)
print(f)
g = Counter({"x": 1})
g += {"x": 2, "y": -1}
print(g)
del g["nope"]
del g["x"]
print(g, g.copy(), type(g.copy()).__name__, g.__reduce__())
for bad in (lambda: Counter.fromkeys("ab"), lambda: Counter(1), lambda: Counter("a", "b"),
            lambda: Counter(a="x").most_common(), lambda: Counter(a=1) + 5):
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(repr(Counter(a=1, b="x")), repr(Counter()), repr(Counter(b=2, a=2, c=3)))
class MyCounter(Counter):
    pass
print(MyCounter("aab"), type(MyCounter("a") + MyCounter("b")).__name__, MyCounter("x").copy())
print(sorted(Counter([1, 1, 2]).items()), Counter({"k": 2}).most_common(5), Counter("aba") == Counter("baa"))

# ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], cm.get("z"), cm.get("c", 0), len(cm), list(cm), list(cm.items()), "a" in cm, bool(cm))
cm["d"] = 4
del cm["b"]
print(cm.maps, cm.parents, cm.new_child(), cm.new_child({"n": 1}), cm.new_child(k=2))
child = cm.new_child({"n": 1}, k=2)
print(child.maps[0])
for bad in (lambda: cm["zz"], lambda: cm.__delitem__("a"), lambda: ChainMap({}).popitem(),
            lambda: cm.pop("a"), lambda: ChainMap().parents["x"]):
    try:
        print(bad())
    except KeyError as ex:
        print("KeyError", ex)
print(cm.pop("d"), cm.pop("zz", "dflt"), cm.popitem(), cm)
cm2 = ChainMap({"x": 1}, {"y": 2})
print(cm2 | {"z": 3}, {"w": 0} | cm2, type({"w": 0} | cm2).__name__)
cm2 |= {"q": 9}
print(cm2, cm2.copy(), cm2.copy().maps[0] is cm2.maps[0], ChainMap.fromkeys("ab", 7), ChainMap.fromkeys("ab"))
cm2.clear()
print(cm2, ChainMap(), bool(ChainMap({})), ChainMap().maps)
class Missing(ChainMap):
    def __missing__(self, key):
        return f"missing {key}"
print(Missing({"a": 1})["b"], Missing({"a": 1}).get("b", "dflt"))
loop = ChainMap()
loop.maps.append(loop)
print(loop)
try:
    cm2 | 5
except TypeError as ex:
    print("TypeError", ex)

# OrderedDict
od = OrderedDict([("b", 1), ("a", 2)], c=3)
od["d"] = 4
print(od, list(od), list(reversed(od)), od.popitem(), od.popitem(last=False), od)
od.move_to_end("a", last=False)
print(list(od.items()))
od.move_to_end("a")
print(list(od.keys()), od == OrderedDict([("c", 3), ("a", 2)]), od == {"a": 2, "c": 3}, od == OrderedDict([("a", 2), ("c", 3)]))
for bad in (lambda: od.move_to_end("zz"), lambda: OrderedDict().popitem(), lambda: od.pop("zz")):
    try:
        bad()
    except KeyError as ex:
        print("KeyError", ex)
print(od.pop("zz", None), od.setdefault("e", 5), od.setdefault("a", 0), od, od.copy(), OrderedDict.fromkeys("xy", 1))
print(od | {"f": 6}, {"f": 6} | od, type({"f": 6} | od).__name__)
od |= [("g", 7)]
print(od, repr(OrderedDict()), od.__reduce__()[0].__name__, list(od.__reduce__()[4]))
selfref = OrderedDict()
selfref["me"] = selfref
print(selfref)
print(OrderedDict.__hash__)

# namedtuple
P = namedtuple("P", "x, y")
p = P(1, y=2)
print(p, P._fields, P._field_defaults, p._asdict(), p._replace(y=5), P._make([3, 4]), P.__doc__, P.x.__doc__,
      P.__new__.__doc__, P._make.__doc__, P._replace.__doc__, P.__match_args__, P.__module__, P.__qualname__,
      P.__new__.__qualname__, P.__repr__.__qualname__, p.__getnewargs__(), P.__slots__)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[1, 2])
print(Q(0), Q._field_defaults, Q.__new__.__defaults__, Q(0, c=9))
R = namedtuple("R", "def class _x x x", rename=True)
print(R._fields, namedtuple("S", "a", module="mymod").__module__, namedtuple("T", "a")(1), namedtuple("E", "")())
for args, kw in ((("1bad", "a"), {}), (("ok", "a def"), {}), (("ok", "a _b"), {}), (("ok", "a a"), {}),
                 (("ok", "a"), {"defaults": [1, 2]}), (("ok", ["a", 3]), {}), (("for", "a"), {})):
    try:
        namedtuple(*args, **kw)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
for bad in (lambda: P(1), lambda: P(1, 2, 3), lambda: P._make([1]), lambda: p._replace(z=1),
            lambda: P(1, x=2), lambda: setattr(p, "x", 5)):
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as ex:
        print(type(ex).__name__, ex)
class Sub(P):
    def total(self):
        return self.x + self.y
print(Sub(1, 2), Sub(1, 2).total(), Sub._make([1, 2]), type(Sub(1, 2)._replace(x=3)).__name__)

# UserDict
ud = UserDict({"a": 1}, b=2)
print(ud, len(ud), ud["a"], ud.get("z", 0), "b" in ud, list(ud), ud.data, ud | {"c": 3}, {"c": 3} | ud,
      type({"c": 3} | ud).__name__, ud | UserDict(x=1))
ud |= {"d": 4}
del ud["a"]
print(ud, ud.copy(), type(ud.copy()).__name__, UserDict.fromkeys("ab", 0), ud.pop("b"), ud.setdefault("e", 5), ud)
class DefaultUD(UserDict):
    def __missing__(self, key):
        return key * 2
print(DefaultUD()["ab"], DefaultUD(x=1).copy(), type(DefaultUD().copy()).__name__)
try:
    UserDict()["q"]
except KeyError as ex:
    print("KeyError", ex)
print(UserDict(dict=1), UserDict([("k", "v")]), ud == {"d": 4, "e": 5}, ud == UserDict(d=4, e=5))

# UserList
ul = UserList([3, 1, 2])
print(ul, ul[0], ul[1:], type(ul[1:]).__name__, ul + [4], [0] + ul, ul + (9,), ul * 2, 2 * ul, len(ul), 2 in ul)
ul += [5]
ul *= 2
ul.append(0)
ul.insert(0, 9)
ul.extend(UserList([7]))
ul.extend((8,))
print(ul, ul.pop(), ul.pop(0), ul.count(1), ul.index(2), ul.index(2, 3))
ul.remove(1)
ul.sort(reverse=True)
ul.reverse()
print(ul, ul == [0, 1, 2, 2, 3, 3, 5, 5, 7], ul < [9], ul >= UserList([0]), ul.copy(), type(ul.copy()).__name__)
ul[0] = 100
del ul[1]
print(ul, UserList(), UserList("ab"), UserList(UserList([1])), UserList((1, 2)))
ul.clear()
print(ul)
try:
    UserList([1]).index(5)
except ValueError as ex:
    print("ValueError", ex)

# UserString
us = UserString("Hello World")
print(us, repr(us), len(us), us[0], type(us[0]).__name__, us[::-1], us + "!", "> " + us, us + UserString("?"), us * 2,
      us.lower(), us.upper(), us.title(), us.swapcase(), us.casefold(), us.capitalize(), us.center(15, "*"),
      us.ljust(13, "."), us.rjust(13), us.zfill(13), us.strip("Hd"), us.lstrip("H"), us.rstrip("d"))
print(us.count("o"), us.find("o"), us.rfind("o"), us.index("W"), us.rindex("o"), us.startswith("He"), us.endswith(("x", "d")),
      us.split(), us.rsplit("o", 1), us.partition(" "), us.rpartition("o"), us.splitlines(), us.replace("o", "0", 1),
      us.removeprefix("Hello "), us.removesuffix("World"), us.expandtabs(), us.encode(), us.isalpha(), us.istitle(),
      UserString("ab12").isalnum(), UserString("12").isdigit(), us.join("ab"), "o" in us, UserString("o") in us)
print(UserString("%s-%d") % ("a", 1), "%s!" % UserString("x"), UserString("{0}+{x}").format(1, x=2),
      UserString("{a}").format_map({"a": 5}), us.translate(str.maketrans("lo", "01")), UserString.maketrans("a", "b"),
      int(UserString("42")), float(UserString("1.5")), hash(us) == hash("Hello World"),
      us == "Hello World", us < "Z", us >= UserString("A"), UserString(42), UserString(UserString("w")),
      us.__getnewargs__(), str(us) + "", sorted([UserString("b"), UserString("a")]))
print(UserString("abc").count(UserString("b")), UserString("a b").split(" "), UserString("x").encode(None, None))
