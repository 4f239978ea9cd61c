# Operator fallbacks: NotImplemented from __add__/__iadd__/__eq__, reflected methods of
# subclasses first, TypeError texts of unsupported operands, __index__/__float__ users,
# comparison results that are not bools, three-argument pow, __getitem__ iteration.
class V:
    def __init__(s, v): s.v = v
    def __add__(s, o):
        print("add", s.v); return NotImplemented
    def __radd__(s, o):
        print("radd", s.v); return "radd"
    def __iadd__(s, o):
        print("iadd"); return NotImplemented
    def __eq__(s, o):
        print("eq", s.v); return NotImplemented
    def __len__(s): return 0
    def __bool__(s): print("bool"); return True
class W(V):
    def __radd__(s, o):
        print("W.radd"); return "W"
a, b = V(1), V(2)
try: print(a + b)
except TypeError as e: print(e)
try:
    a += b
except TypeError as e: print(e)
print(1 + V(3), V(4) + W(5))
print(V(1) + W(2))
print(V(1) == V(2), V(1) != V(2))
print(bool(V(0)))
class N:
    def __eq__(s, o): return NotImplemented
    __hash__ = None
n = N(); print(n == n, n != n, n == 1)
try: 1 < N()
except TypeError as e: print(e)
try: N() + 1
except TypeError as e: print(e)
try: 1 @ N()
except TypeError as e: print(e)
try: -N()
except TypeError as e: print(e)
try: N()[0]
except TypeError as e: print(e)
try: len(N())
except TypeError as e: print(e)
try: hash(N())
except TypeError as e: print(e)
class I:
    def __index__(s): return 3
print([1,2,3,4,5][I()], bin(I()), "ab" * I(), range(10)[I()])
class F:
    def __float__(s): return 2.5
import math; print(math.sqrt(F()))
try: int(F())
except TypeError as e: print(e)
class Cmp:
    def __lt__(s, o): return "yes"
print(Cmp() < 1, 1 > Cmp())
try: Cmp() <= 1
except TypeError as e: print(e)
class P:
    def __pow__(s, o, m=None): return ("pow", o, m)
    def __rpow__(s, o, m=None): return ("rpow", o, m)
print(P() ** 2, 2 ** P(), pow(P(), 2, 5))
try: pow(2, P(), 5)
except TypeError as e: print(e)
class Cont:
    def __iter__(s): return iter([1, 2])
print(2 in Cont(), 3 in Cont())
class GI:
    def __getitem__(s, i):
        if i > 2: raise IndexError
        return i
print(list(GI()), 1 in GI())
