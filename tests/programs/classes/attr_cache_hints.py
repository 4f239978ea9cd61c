# The instance-attribute fast paths remember where a name sat in the last instance dict
# they read (a position hint) and what the class said about the name: every way the
# position or the class facts can change must still give CPython's answers.
import copy
import pickle


class P:
    kind = "class-kind"

    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())

    def m(self):
        return "m"


def read(objs):
    out = []
    for o in objs:
        out.append((o.a, o.b, o.c))
    return out


def read_kind(objs):
    return [o.kind for o in objs]


def call_m(objs):
    return [o.m() for o in objs]


def store(objs, v):
    for o in objs:
        o.b = v


# instances whose attributes were added in different orders share one call site
objs = [P("abc"), P("cba"), P("bca"), P("abc")]
for _ in range(3):
    print(read(objs))
store(objs, 7)
print(read(objs))

# deleting and re-adding moves a name to another position
o = objs[0]
del o.a
o.a = "again"
print(read([o, objs[1]]))
print(list(vars(o)))

# the dict seen through __dict__ is the one the fast path reads, both ways
d = o.__dict__
d["b"] = "via dict"
print(read([o]))
o.c = "via attr"
print(d["c"], d is o.__dict__, vars(o) is d)
# keys that are not the interned names (built at run time)
key = "".join(["k", "e", "y"])
d[key] = 1
d["a" + ""] = "not interned?"
print(read([o]), o.key)
d.clear()
try:
    read([o])
except AttributeError as e:
    print("AttributeError:", e)
o.__dict__ = {"c": 3, "b": 2, "a": 1}
print(read([o]), read_kind([o]))
o.__dict__["a"] = 4
print(read([o]))

# plain class values, shadowed and unshadowed
print(read_kind(objs))
objs[1].kind = "own"
print(read_kind(objs))
P.kind = "changed"
print(read_kind(objs))
del objs[1].kind
print(read_kind(objs))


# a property added to the class later wins over the instance dict (load and store)
def getb(self):
    return "prop-b"


def setb(self, v):
    self.__dict__["b"] = ("set", v)


print(read(objs[:2]))
P.b = property(getb, setb)
print(read(objs[:2]))
store(objs[:2], 5)
print([o.__dict__["b"] for o in objs[:2]])
del P.b
print(read(objs[:2]))


# ... and to a base class, after the subclass's sites were cached
class Base:
    pass


class Q(Base):
    def __init__(self):
        self.x = 1
        self.y = 2


def rx(objs):
    return [(o.x, o.y) for o in objs]


qs = [Q(), Q()]
print(rx(qs))
Base.x = property(lambda self: "base-prop")
print(rx(qs))
del Base.x
print(rx(qs))


# __bases__ changed to a base that has a data descriptor
class Other:
    y = property(lambda self: "other-prop")


class Plain:
    pass


class R(Plain):
    def __init__(self):
        self.y = "own-y"
        self.x = "own-x"


rs = [R()]
print(rx(rs))
R.__bases__ = (Other,)
print(rx(rs))
R.__bases__ = (Plain,)
print(rx(rs))

# __getattr__ added later only matters for missing names; __getattribute__ for all
P.__getattr__ = lambda self, name: "getattr:" + name
o2 = P("ab")
print(read([o2]))
del P.__getattr__
P.__getattribute__ = lambda self, name: "ga:" + name
print(read([o2]), [x.m for x in [o2]], read_kind([o2]))
del P.__getattribute__
print(read_kind([o2]), call_m([o2]))

# methods patched on the class, on the instance, then removed
print(call_m(objs[:2]))
P.m = lambda self: "patched"
print(call_m(objs[:2]))
objs[0].m = lambda: "instance"
print(call_m(objs[:2]))
del objs[0].m
print(call_m(objs[:2]))
bound = objs[0].m
print(bound(), bound.__self__ is objs[0])


# __class__ assignment between classes with the same and other layouts
class S1:
    def __init__(self):
        self.v = "v1"

    def who(self):
        return "S1"


class S2:
    v = property(lambda self: "S2-prop")

    def who(self):
        return "S2"


def rv(objs):
    return [(o.v, o.who()) for o in objs]


s = S1()
print(rv([s, s]))
s.__class__ = S2
print(rv([s]))
s.__class__ = S1
print(rv([s]))

# copy, pickle, dir see the same attributes
c1 = copy.copy(objs[2])
c2 = copy.deepcopy(objs[2])
c3 = pickle.loads(pickle.dumps(objs[2]))
print(read([c1, c2, c3]), c1.__dict__ == objs[2].__dict__)
print([n for n in dir(c3) if not n.startswith("__")])
c1.a = "copy"
print(objs[2].a, c1.a)

# instances that lose their last outside reference while loaded
print(P("abc").a, P("cab").m(), [P("bca").b for _ in range(2)])


# a site that sees many classes, then one again
class T1:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


class T2:
    def __init__(self):
        self.c, self.b, self.a = 4, 5, 6


class T3:
    __slots__ = ("a", "b", "c")

    def __init__(self):
        self.a, self.b, self.c = 7, 8, 9


print(read([T1(), T2(), T3(), T1(), T3()]))
t3 = T3()
del t3.b
try:
    read([t3])
except AttributeError as e:
    print("AttributeError:", e)
