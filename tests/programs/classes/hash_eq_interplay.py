# __eq__ and __hash__ together: __eq__ alone makes a class unhashable, hash/eq calls of dict
# and set lookups, identity before equality in `in` / count / index, non-bool __eq__ results.
class E:
    def __eq__(self, o): return True
print(E.__hash__, hash(E) is not None)
try: hash(E())
except TypeError as e: print(e)
class EH(E):
    __hash__ = object.__hash__
print(type(hash(EH())).__name__)
class K:
    def __init__(s, v): s.v = v
    def __hash__(s): print("hash", s.v); return hash(s.v)
    def __eq__(s, o): print("eq", s.v, getattr(o, "v", o)); return isinstance(o, K) and s.v == o.v
d = {K(1): "a"}
print(d[K(1)])
print(K(2) in d, K(1) in {K(1)})
s = {K(3), K(3)}; print(len(s))
k = K(4); d2 = {k: 1}; print(d2[k])
class Ne:
    def __eq__(s, o): return "maybe"
print(Ne() == 1, Ne() != 1, [Ne()] == [1], (Ne(),) == (1,))
class Unhashable(list): pass
try: {Unhashable(): 1}
except TypeError as e: print(e)
print(1 == 1.0, hash(1) == hash(1.0), {1: "i", 1.0: "f", True: "b"})
print((n := float("nan")) in [n])
class Cnt:
    n = 0
    def __eq__(s, o): Cnt.n += 1; return False
    __hash__ = object.__hash__
c = Cnt(); print(c in [c, 1, 2], Cnt.n, [Cnt()].count(1), Cnt.n, [1, 2].index(2))
try: [Cnt()].index(c)
except ValueError as e: print(e)
print(Cnt.n)
