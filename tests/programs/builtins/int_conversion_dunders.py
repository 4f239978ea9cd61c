# int(x) through __int__ / __index__ / __trunc__ (PyNumber_Long): the type checks of what
# they return, the DeprecationWarnings (delegation to __trunc__, bool from __int__).
import warnings
warnings.simplefilter("always")
class I:
    def __init__(s, v): s.v = v
    def __int__(s): return s.v
class X:
    def __init__(s, v): s.v = v
    def __index__(s): return s.v
class T:
    def __init__(s, v): s.v = v
    def __trunc__(s): return s.v
for v in (3, True, "5", 2.5, X(4), 2**80):
    for C in (I, X, T):
        try: print(C.__name__, repr(int(C(v))))
        except TypeError as e: print(C.__name__, "TypeError", e)
