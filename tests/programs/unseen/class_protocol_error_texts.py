# Error texts of class machinery: __match_args__ checks, object.__init__/__new__ given
# arguments, properties reached through super(C, type(self)), the sequence iterator's type.
class Point:
    __match_args__ = ["x", "y"]
    def __init__(self, x, y):
        self.x, self.y = x, y

class Coord:
    __match_args__ = ("x", 5)
    x = 1

def classify(obj):
    try:
        match obj:
            case Point(0, 0):
                return "origin"
            case Coord(a, b):
                return f"coord {a} {b}"
            case Coord(a):
                return f"coord {a}"
            case _:
                return "other"
    except TypeError as e:
        return f"TypeError: {e}"

for o in (Point(0, 0), Coord(), 42):
    print(classify(o))

class Shape:
    def __init__(self, name, **extra):
        super().__init__(**extra)
        self.name = name

class Plain:
    pass

class OwnNew:
    def __new__(cls, *args):
        return super().__new__(cls)

class OwnNewBad:
    def __new__(cls, *args):
        return super().__new__(cls, *args)

class OwnInitAndNew:
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, v):
        super().__init__(v)

tests = [
    ("Shape('sq', color='red')", lambda: Shape("sq", color="red")),
    ("Shape('sq')", lambda: Shape("sq").name),
    ("Plain(1)", lambda: Plain(1)),
    ("object.__new__(Plain, 1)", lambda: object.__new__(Plain, 1)),
    ("object.__new__(OwnNew, 1)", lambda: object.__new__(OwnNew, 1)),
    ("OwnNew(1)", lambda: type(OwnNew(1)).__name__),
    ("OwnNewBad(1)", lambda: OwnNewBad(1)),
    ("OwnInitAndNew(1)", lambda: OwnInitAndNew(1)),
    ("object.__init__(Plain(), 1)", lambda: object.__init__(Plain(), 1)),
    ("int(x=1)", lambda: int(x=1)),
    ("int('7', base=8)", lambda: int("7", base=8)),
    ("dict(1, 2)", lambda: dict(1, 2)),
    ("dict([(1, 2)], a=3)", lambda: dict([(1, 2)], a=3)),
    ("iter(5, 5)", lambda: iter(5, 5)),
]
for label, fn in tests:
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)

class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val

class Child(Base):
    @property
    def v(self):
        return super().v + 1
    @v.setter
    def v(self, val):
        print("Child setter", val)
        super(Child, type(self)).v.fset(self, val * 10)

c = Child()
c.v = 5
print(c.v, c._v, type(super(Child, Child).v).__name__)

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i

it = iter(Seq())
print(type(it).__name__, list(it), type(iter(lambda: 1, 1)).__name__)
