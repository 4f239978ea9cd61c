# rich comparison, __eq__/__hash__, total_ordering-like fallbacks
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"C{self.v}"
a, b = C(1), C(2)
print(a == b, a != b, a < b, a > b)
print(sorted([C(3), C(1), C(2)]))
print(a == 1, 1 == a)
print({C(1), C(1)})
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
class Default: pass
d = Default()
print(d == d, d != Default(), d is d)
try:
    d < Default()
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __gt__(self, o):
        print("Rev.__gt__")
        return True
print(1 < Rev())
