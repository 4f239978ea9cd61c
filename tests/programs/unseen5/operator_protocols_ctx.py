# Operator protocols: __iadd__ falling back to __add__, reflected operands of subclasses,
# __hash__ = None, __contains__ via __iter__, slicing keys, __index__, context managers.
class M:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd", o)
        return NotImplemented
    def __add__(self, o):
        print("add", o); return M(self.v + o)
    def __repr__(self): return f"M({self.v})"
m = M(1); m += 2; print(m)
class N:
    def __iadd__(self, o): return NotImplemented
n = N()
try: n += 1
except TypeError as e: print(e)
try: n -= 1
except TypeError as e: print(e)
l = [1]; t = (l,)
try: t[0] += [2]
except TypeError as e: print(e, t)
class Base:
    def __init__(self, v): self.v = v
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
    def __eq__(self, o): print("Base.eq"); return NotImplemented
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
    def __eq__(self, o): print("Sub.eq"); return NotImplemented
print(Base(1) + Sub(2), Sub(1) + Base(2), Base(1) == Sub(2), Sub(1) != Base(2))
class H:
    def __eq__(self, o): return True
print(H.__hash__, hash in (None,))
try: hash(H())
except TypeError as e: print(e)
class H2(H):
    __hash__ = object.__hash__
print(type(hash(H2())).__name__)
class Cont:
    def __iter__(self): print("iter used"); return iter([1, 2, 3])
print(2 in Cont(), 5 not in Cont())
class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, tuple): return sum(k if isinstance(k, int) else 0 for k in key)
        if isinstance(key, slice): return (key.start, key.stop, key.step, key.indices(10))
        return key
    def __setitem__(self, key, v): print("set", key, v)
    def __delitem__(self, key): print("del", key)
g = Grid()
print(g[1, 2], g[1:2], g[::-1], g[..., 1], g[1:2, ::3], g["k"])
g[0:5] = 1; g[1, 2] = 3; del g[::2]; del g[1, ...]
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abcdef"[Idx():], range(10)[Idx()], bin(Idx()), [1, 2, 3, 4][Idx()::Idx()], (5).__mul__(Idx()) if False else 5 * 2)
class Dflt(dict):
    def __missing__(self, k): self[k] = len(k); return self[k]
d = Dflt(); print(d["abc"], d, d.get("zz"), "zz" in d)
class Rv:
    def __reversed__(self): return iter("cba")
    def __len__(self): return 3
print(list(reversed(Rv())))
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(sorted([Num(3), Num(1), Num(2)]), max(Num(1), Num(5)), min([Num(4), Num(2)]))
try: Num(1) > 5
except Exception as e: print(type(e).__name__, e)
try: sorted([Num(1), 2])
except TypeError as e: print(e)
class Bits(int):
    def __repr__(self): return f"Bits({int(self):#b})"
    def __and__(self, o): return Bits(int(self) & int(o))
b = Bits(12)
print(b, repr(b & 10), b + 1, type(b + 1).__name__, b & 10 | 1, str(b), f"{b}", f"{b!r}", b == 12, -b, abs(Bits(-3)))
class S(str):
    def __add__(self, o): return S(str(self) + "+" + str(o))
print(S("a") + "b", "b" + S("a"), S("x").upper(), type(S("x").upper()).__name__, type(S("x")[0]).__name__, S("q") * 2)
class L(list):
    def __getitem__(self, i): return "L" + str(list.__getitem__(self, i))
ll = L([1, 2]); print(ll[0], list(ll), [x for x in ll], ll[0:1], len(ll))
class Callable:
    def __call__(self, *a, **k): return (a, k)
c = Callable(); print(c(1, x=2), callable(c), callable(Callable))
class Ctx:
    def __init__(self, name, suppress): self.name, self.suppress = name, suppress
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx("a", True), Ctx("b", False):
    raise ValueError("inside")
print("suppressed")
try:
    with Ctx("c", False) as cc:
        1 / 0
except ZeroDivisionError as e: print("propagated", e)
class BadCtx: pass
try:
    with BadCtx(): pass
except TypeError as e: print(e)
class HalfCtx:
    def __enter__(self): return 1
try:
    with HalfCtx(): pass
except TypeError as e: print(e)
