# type.__new__'s checks on __slots__ and instance layouts, and which instances take weak
# references (CPython: tp_itemsize, solid_base/best_base, tp_weaklistoffset).
import weakref


def attempt(label, make):
    try:
        r = make()
        print(label, "->", r)
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


# Nonempty __slots__ on a subtype of a variable-size type (int, bytes, tuple, type).
for base in (int, bytes, tuple, type):
    for sl in (("x",), ("__dict__",), ("__weakref__",), ()):
        attempt(f"slots {sl} on {base.__name__}", lambda: type("A", (base,), {"__slots__": sl}).__name__)


class I(int):
    pass


class O:
    pass


attempt("slots on subclass of I", lambda: type("J", (I,), {"__slots__": ("x",)}))
attempt("slots on (O, I)", lambda: type("K", (O, I), {"__slots__": ("x",)}))
attempt("empty slots on (O, I)", lambda: type("K", (O, I), {"__slots__": ()}).__name__)
attempt("slots on str subclass", lambda: type("S", (str,), {"__slots__": ("x",)}).__name__)

# A name both in __slots__ and the class namespace.
attempt("slot vs class variable", lambda: type("E", (), {"__slots__": ("x",), "x": 1}))


# Layout conflicts between bases.
class F:
    __slots__ = ("a",)


class F2(F):
    pass


class G:
    __slots__ = ("b",)


class P(F):
    __slots__ = ("c",)


class Empty:
    __slots__ = ()


attempt("(F, G)", lambda: type("H", (F, G), {}))
attempt("(F2, G)", lambda: type("H", (F2, G), {}))
attempt("(F2, O)", lambda: type("H", (F2, O), {}).__name__)
attempt("(P, F2)", lambda: type("H", (P, F2), {}).__name__)
attempt("(F, Empty)", lambda: type("H", (F, Empty), {}).__name__)
attempt("(F, int)", lambda: type("H", (F, int), {}))
attempt("(int, str)", lambda: type("H", (int, str), {}))
attempt("(list, dict)", lambda: type("H", (list, dict), {}))
attempt("(O, list)", lambda: type("H", (O, list), {}).__name__)


# Weak references.
def weak(label, obj):
    try:
        r = weakref.ref(obj)
        print(label, "weakref ok", r() is obj)
    except TypeError as e:
        print(label, "->", e)


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class SlottedSub(O):
    __slots__ = ("z",)


class Str(str):
    pass


class Str2(str):
    __slots__ = ("q",)


class Lst(list):
    pass


class Lst2(list):
    __slots__ = ()


class SetSub(set):
    __slots__ = ()


class Tup(tuple):
    pass


class Exc(Exception):
    pass


class Exc2(Exception):
    __slots__ = ()


class I2(int):
    __slots__ = ()


class I3(I2):
    pass


for label, obj in [
    ("Slotted", Slotted()),
    ("SlottedWeak", SlottedWeak()),
    ("SlottedSub", SlottedSub()),
    ("I", I(1)),
    ("Str", Str("a")),
    ("Str2", Str2("a")),
    ("Lst", Lst()),
    ("Lst2", Lst2()),
    ("SetSub", SetSub()),
    ("Tup", Tup()),
    ("Exc", Exc()),
    ("Exc2", Exc2()),
    ("Exception", Exception()),
    ("I3", I3()),
    ("object", object()),
    ("list", []),
    ("O", O()),
]:
    weak(label, obj)
print("weakref in Slotted.__dict__:", "__weakref__" in Slotted.__dict__)
print("weakref in SlottedWeak.__dict__:", "__weakref__" in SlottedWeak.__dict__)
