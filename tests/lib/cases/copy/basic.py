# modules: types
import copy
a = [1, [2, 3], {"k": [4]}, (5, [6]), {7, 8}, frozenset([9]), b"x", bytearray(b"y"), None, 1.5, "s"]
s = copy.copy(a); d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2]["k"] is a[2]["k"], d[3] is a[3], d[5] is a[5], d[6] is a[6])
t = (1, 2, "x"); print(copy.deepcopy(t) is t, copy.copy(t) is t)
r = [1]; r.append(r); rc = copy.deepcopy(r); print(rc[1] is rc, rc is not r)
class P:
    def __init__(self, x): self.x = x; self.items = [x]
    def __repr__(self): return f"P({self.x}, {self.items})"
p = P(1); pc = copy.copy(p); pd = copy.deepcopy(p)
print(pc, pd, pc.items is p.items, pd.items is p.items, type(pd) is P)
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
s1 = S(); s2 = copy.deepcopy(s1); print(s2.a, s2.a is s1.a, hasattr(s2, "b"))
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): print("__copy__ called"); return Custom(self.v)
    def __deepcopy__(self, memo): print("__deepcopy__ called", type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
c = Custom([1]); print(copy.copy(c).v, copy.deepcopy(c).v)
class State:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): print("getstate"); return {"a": self.a}
    def __setstate__(self, st): print("setstate", st); self.__dict__.update(st)
print(vars(copy.copy(State())))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 10,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)
class L(list): pass
l = L([1, [2]]); l.tag = "t"; lc = copy.deepcopy(l); print(lc, type(lc).__name__, lc.tag, lc[1] is l[1])
class D(dict): pass
dd = D(a=[1]); dc = copy.copy(dd); print(dc, type(dc).__name__, dc["a"] is dd["a"])
import collections
print(copy.deepcopy(collections.OrderedDict(a=1)), copy.copy(collections.Counter("aab")), copy.deepcopy(collections.deque([1, [2]], maxlen=5)))
Point = collections.namedtuple("Point", "x y"); print(copy.deepcopy(Point(1, [2])), copy.copy(Point(1, 2)))
print(copy.copy(len) is len, copy.deepcopy(P) is P, copy.copy(range(3)), copy.deepcopy({1: {2: 3}}))
def f(): pass
print(copy.deepcopy(f) is f, copy.Error, copy.error is copy.Error, copy.__all__)
m = {"x": [1]}; memo = {}; copy.deepcopy(m, memo); print(len(memo) >= 2)
