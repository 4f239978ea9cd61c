# When and in which order objects die (their __del__ prints): a function's locals, an instance's
# attributes and slots, call arguments, list slice assignment / *= 0 / __init__ (last first),
# extended slices (index order), dict and set clearing, generators, defaults, closures.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    a = A("local1"); b = A("local2"); c = A("local3")
    return 0
f(); print("-- after f")
class H:
    pass
h = H(); h.x = A("attr1"); h.y = A("attr2"); h.z = A("attr3")
del h; print("-- after instance")
class S:
    __slots__ = ("p", "q")
s = S(); s.p = A("slot1"); s.q = A("slot2")
del s; print("-- after slots")
def g(*args, **kw):
    return None
g(A("arg1"), A("arg2"), k1=A("kw1"), k2=A("kw2")); print("-- after call")
l = [A("l1"), A("l2")]
l[:] = []; print("-- after slice clear")
l = [A("m1"), A("m2"), A("m3")]
del l[0:2]; print("-- after del slice")
d = {"a": A("d1"), "b": A("d2")}
d.clear(); print("-- after dict clear")
s2 = {1, 2}
x = [A("c1"), (A("c2"), A("c3")), {"k": A("c4")}]
del x; print("-- after nested")
def gen():
    a = A("gen1"); b = A("gen2")
    yield 1
gg = gen(); next(gg); del gg; print("-- after gen")
t = tuple(A(i) for i in range(3)); t = None; print("-- after rebinding")
lam = (lambda a=A("def1"), b=A("def2"): 0)
del lam; print("-- after lambda")
def outer():
    c1 = A("cell1"); c2 = A("cell2")
    def inner(): return c1, c2
    return inner
i = outer(); del i; print("-- after closure")
try:
    raise ValueError(A("exc1"), A("exc2"))
except ValueError:
    pass
print("-- after except")
l = [A("r1"), A("r2"), A("r3")]
l *= 0; print("-- after imul 0")
l = [A("i1"), A("i2")]
l.__init__([]); print("-- after reinit")
l = [A("s1"), A("s2"), A("s3")]
l[::2] = [1, 2]; print("-- after ext slice")
l = [A("e1"), A("e2"), A("e3")]
del l[::2]; print("-- after del ext slice")
st = {A("set1")}
st.clear(); print("-- after set clear")
dd = {1: A("p1"), 2: A("p2")}
dd.popitem(); print("-- after popitem")
dd.update({1: A("u1")}); print("-- after update")
l = [A("x1"), A("x2")]
l[0:1] = [A("x3")]; print("-- after replace")
l = None
import collections
dq = collections.deque([A("dq1"), A("dq2")])
del dq; print("-- after deque")
od = collections.OrderedDict(a=A("od1"), b=A("od2"))
del od; print("-- after odict")
