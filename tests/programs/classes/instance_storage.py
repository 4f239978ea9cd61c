# Where an instance keeps its state: __dict__ (identity, mutation seen both ways, order),
# __slots__ beside a __dict__, exception fields, names built at run time (not the code's
# own interned names), __class__ assignment, __del__ resurrection, copy and pickle.
import copy
import gc
import pickle
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
d = p.__dict__
print(d is p.__dict__, d is vars(p), d)
d["z"] = 5
print(p.z, p.norm1())
p.x = 10
print(d["x"], list(d))
del p.y
print(hasattr(p, "y"), list(p.__dict__))
p.y = 1
print(list(p.__dict__), p.norm1())

# Names made at run time are other str objects than the code's own names.
name = "".join(["n", "o", "r", "m"]) + "1"
key = "".join(["x"])
setattr(p, key + "", 7)
print(p.x, getattr(p, name)(), p.__dict__[key])
p.__dict__["".join(["w", "w"])] = "ww"
print(p.ww, sorted(k for k in dir(p) if not k.startswith("_")))

# A method stored on the instance shadows the class's; deleting it shows the class's again.
p.norm1 = lambda: "own"
print(p.norm1())
del p.norm1
print(p.norm1())


class Slotted:
    __slots__ = ("a", "b", "__dict__")


s = Slotted()
s.a = 1
s.c = 3
print(s.a, s.c, s.__dict__, hasattr(s, "b"))
try:
    del s.b
except AttributeError as e:
    print("AttributeError", e)


class Bare:
    __slots__ = ()


b = Bare()
try:
    b.q = 1
except AttributeError as e:
    print("AttributeError", e)
print(sys.getsizeof(object()), sys.getsizeof(p), sys.getsizeof(s), sys.getsizeof(b))


class S1:
    __slots__ = ("v",)


class S2:
    __slots__ = ("v",)


o = S1()
o.v = "kept"
o.__class__ = S2
print(type(o).__name__, o.v)

try:
    raise KeyError("k")
except KeyError as e:
    e.extra = [1]
    print(e.args, e.extra, e.__dict__, e.__traceback__ is not None)
    err = e
err2 = copy.copy(err)
print(err2.args, err2.__dict__)


class Many:
    pass


m = Many()
for i in range(20):
    setattr(m, "a%d" % i, i)
print(len(m.__dict__), m.a0, m.a19, list(m.__dict__)[:3])
for i in range(0, 20, 2):
    delattr(m, "a%d" % i)
print(list(m.__dict__))

q = copy.deepcopy(p)
print(q.__dict__, q.__dict__ is p.__dict__)
r = pickle.loads(pickle.dumps(p))
print(type(r).__name__, r.__dict__)

saved = []


class Phoenix:
    def __init__(self):
        self.tag = "phoenix"

    def __del__(self):
        saved.append(self)


Phoenix()
gc.collect()
print(len(saved), saved[0].tag, saved[0].__dict__)

# Cycles through an instance's __dict__ and slots are collected.
class Node:
    __slots__ = ("other", "__dict__", "__weakref__")


import weakref

a, c = Node(), Node()
a.other, c.other = c, a
a.more = c
ref = weakref.ref(a)
del a, c
gc.collect()
print(ref() is None)
