# Special methods returning the wrong type (len, bool, repr, str, iter, hash, index), the
# numeric dunders math and round use, __missing__ on dict subclasses.
class C:
    def __repr__(self): return "C()"
    def __format__(self, spec): return "fmt:" + spec
    def __bool__(self): return False
    def __len__(self): return 5
print(f"{C()}", f"{C()!r}", f"{C():>3}", format(C(), "x"), bool(C()), len(C()))
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BigLen:
    def __len__(self): return 2**70
try: len(BigLen())
except OverflowError as e: print(e)
class StrLen:
    def __len__(self): return "x"
try: len(StrLen())
except TypeError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(e)
class BadStr:
    def __str__(self): return None
try: str(BadStr())
except TypeError as e: print(e)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
class BadHash:
    def __hash__(self): return "h"
try: hash(BadHash())
except TypeError as e: print(e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class Ctx:
    def __enter__(self): return self
try:
    with Ctx(): pass
except TypeError as e: print(e)
class Call:
    pass
try: Call()()
except TypeError as e: print(e)
class Idx:
    def __index__(self): return "no"
try: [1][Idx()]
except TypeError as e: print(e)
class Cnt:
    def __contains__(self, x): return 0
print(1 in Cnt(), 1 not in Cnt())
class Neg:
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Neg(), ~Neg(), abs(Neg()))
class Rnd:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 1
    def __ceil__(self): return 2
import math
print(round(Rnd()), round(Rnd(), 2), math.trunc(Rnd()), math.floor(Rnd()), math.ceil(Rnd()))
try: int(Rnd())
except TypeError as e: print(e)
class Miss:
    def __missing__(self, k): return k
class DM(dict):
    def __missing__(self, k): return k * 2
print(DM()["ab"], DM().get("x"))
