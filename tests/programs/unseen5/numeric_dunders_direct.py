# The numeric slots called by hand: int's take ints only, float's ints and floats, so a
# wider operand gets NotImplemented (and the expression falls back to the reflected slot).
import enum, warnings
pairs = [(7, 2), (7, 2.0), (7.0, 2), (3, 1j), (2.5, 1j), (1j, 2), (True, 2.5), (3, "a"), (2.0, [1])]
for a, b in pairs:
    for name in ("__add__", "__sub__", "__mul__", "__floordiv__", "__truediv__", "__mod__",
                 "__pow__", "__radd__", "__rsub__", "__lt__", "__eq__", "__ne__", "__ge__"):
        try:
            r = getattr(a, name)(b)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(f"{a!r}.{name}({b!r}) = {r!r}")
print(7 // 2.0, 3 + 1j, 2.0 * [1] if False else "skip", (7).__divmod__(2.0), (7.0).__divmod__(2))
print(sum([1, 2.5, 3]), 1 == 1.0, 1 < 1.5, (1).__eq__(1), (1.0).__eq__(1), (1.0).__eq__(1j))

# ~ on a bool: deprecated since 3.12 (DeprecationWarning, shown for __main__)
flag = True
print(~flag, ~False, not flag)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    x = ~flag
    print(x, [str(m.message)[:40] for m in w], w[0].category.__name__)

class Color(enum.IntEnum):
    RED = 0xFF0000
    GREEN = 0x00FF00
class Idx:
    def __index__(self): return 42
class Number:
    def __int__(self): return 7
    def __float__(self): return 2.5
print("%x %X %o" % (Color.RED, Color.GREEN, Color.GREEN), "%#06x" % Idx(), "%x" % True, "%d %i %f" % (Number(), Number(), Number()))
for fmt, arg in [("%x", Number()), ("%o", 1.5), ("%X", "a"), ("%d", "7"), ("%x", Color)]:
    try:
        print(fmt % arg)
    except TypeError as e:
        print(fmt, "->", e)

class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "bad": return 12
        if spec == "bytes": return b"12"
        return format(self.v, spec or ".2f")
class S(str): pass
class Fancy:
    def __format__(self, spec): return S("fancy:" + spec)
print(f"{Money(3):}", f"{Money(3.14159):.3f}", format(Money(2)), type(format(Fancy(), "x")).__name__, f"{Fancy():!}")
for spec in ("bad", "bytes"):
    try:
        print(f"{Money(1):{spec}}")
    except TypeError as e:
        print(spec, "->", e)
    try:
        print(format(Money(1), spec))
    except TypeError as e:
        print(spec, "->", e)
