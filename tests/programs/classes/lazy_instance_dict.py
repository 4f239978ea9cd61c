# Instances whose __dict__ is made on first use (exceptions, classes whose __init__ sets
# nothing): everything a program sees is as if the dict had always been there.
import copy
import gc
import pickle


class P:
    pass


p = P()
print(hasattr(p, "x"), getattr(p, "x", "default"))
print(vars(p), p.__dict__ == {}, len(p.__dict__))
d = p.__dict__
p.x = 1
print(d, d is p.__dict__, vars(p) is d)
try:
    del P().y
except AttributeError as e:
    print("del:", e)
q = P()
q.__dict__ = {"z": 5}
print(q.z, q.__dict__)
shared = {"k": 1}
r = P()
r.__dict__ = shared
shared["k"] = 2
print(r.k, r.__dict__ is shared)
print(vars(copy.copy(P())), vars(copy.deepcopy(p)), vars(pickle.loads(pickle.dumps(p))))
print([n for n in dir(P()) if not n.startswith("__")])
print(gc.get_referents(P()) == [P])


class Slotted:
    __slots__ = ("a", "__dict__")


s = Slotted()
print(vars(s))
s.a = 1
s.b = 2
print(vars(s), s.a)


class Q:
    pass


o = P()
o.__class__ = Q
o.y = 2
print(type(o).__name__, vars(o))


class Late:
    def __init__(self):
        pass

    def fill(self, n):
        for i in range(n):
            self.v = i
        return self.v


objs = [Late() for _ in range(3)]
print([x.fill(i + 2) for i, x in enumerate(objs)], [vars(x) for x in objs])

e = ValueError(3)
print(e.__dict__, e.args)
e.note = "n"
print(e.__dict__, e.args, e.note)
try:
    raise KeyError("k")
except KeyError as err:
    print(vars(err), err.args)
    err.extra = 1
    print(vars(err))
print(pickle.loads(pickle.dumps(e)).__dict__)
try:
    undefined_name  # noqa
except NameError as ne:
    print(ne.name)
try:
    P().missing
except AttributeError as ae:
    print(ae.name, type(ae.obj).__name__)


class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


try:
    raise MyErr(7)
except MyErr as me:
    print(me.code, vars(me), me.args)
print(vars(MyErr.__new__(MyErr)))
