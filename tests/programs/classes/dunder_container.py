# container protocols
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return f"slice{i.indices(self.n)}"
        if i >= self.n:
            raise IndexError(i)
        return i * 10
s = Seq(4)
print(len(s), s[2], s[1:3], list(s), 20 in s, 25 in s, list(reversed(s)))
class Box:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): print("del", k); del self.d[k]
    def __contains__(self, k): print("contains", k); return k in self.d
    def __iter__(self): return iter(sorted(self.d))
    def __bool__(self): return bool(self.d)
b = Box()
print(bool(b))
b["x"] = 1; b["a"] = 2
print(b["x"], "x" in b, "q" in b, list(b), bool(b))
del b["x"]
print(list(b))
class Missing(dict):
    def __missing__(self, k): return k * 2
print(Missing(a=1)["a"], Missing()["zz"])
class L:
    def __len__(self): return 0
print(bool(L()), "truthy" if L() else "falsy")
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
