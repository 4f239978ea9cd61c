# Subclasses of builtins: format() with an empty spec uses str() (so a custom __repr__ or
# __str__ shows), set/frozenset subclasses show their class name, a @contextmanager object
# entered twice.
from contextlib import contextmanager

class Flags(int):
    def __repr__(self):
        return f"Flags({int(self):#b})"

class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"

class Name(str):
    def __str__(self):
        return self.upper()

class Tags(list):
    def __repr__(self):
        return "Tags<" + ",".join(self) + ">"

f, c, n, t = Flags(5), Celsius(21.456), Name("ada"), Tags(["x", "y"])
print(f, c, n, t)
print(f"{f}|{c}|{n}|{t}")
print(f"{f:04b}|{c:.2f}|{n:>5}|{f!r}|{c!r}|{n!r}")
print(format(f), format(c, ""), format(n, ""), "{} {} {}".format(f, c, n), "%s %s" % (f, c))
print(str(f), repr(c), int(f) + 1, type(f + 1).__name__, f"{f + 1}")

class Bag(set):
    pass

class Frozen(frozenset):
    pass

b = Bag([3, 1, 2])
print(b, repr(Bag()), Frozen([1]), repr(Frozen()), frozenset([2]), set(), [Bag([7])])
print(type(b | {9}).__name__, sorted(b), str(Bag("a")), f"{Bag('b')}")

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name
    print(f"</{name}>")

cm = tag("p")
with cm as v:
    print("inside", v)
for attempt in range(2):
    try:
        with cm:
            print("never")
    except AttributeError as e:
        print("AttributeError:", e)
