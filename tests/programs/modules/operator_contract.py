# operator: every function against its operator, the dunder aliases, the getters'
# reprs/errors/reduce, length_hint, countOf/indexOf, index
import operator as op
from operator import attrgetter, itemgetter, methodcaller

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

pairs = [(7, 3), (2.5, 0.5), ({1, 2}, {2, 3}), ([1], [2]), ("ab", "c"), (True, False)]
binary = "lt le eq ne ge gt is_ is_not add sub mul truediv floordiv mod pow lshift rshift and_ or_ xor concat".split()
for a, b in pairs:
    row = []
    for name in binary:
        try:
            row.append(repr(getattr(op, name)(a, b)))
        except Exception as e:
            row.append(type(e).__name__)
    print(type(a).__name__, " ".join(row))
for name in "neg pos inv invert abs not_ truth index".split():
    vals = []
    for a in (5, -2, 0, 3.5, []):
        try:
            vals.append(repr(getattr(op, name)(a)))
        except Exception as e:
            vals.append(type(e).__name__)
    print(name, vals, getattr(op, name).__doc__)
print([(n, getattr(op, n).__doc__) for n in binary])

class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v)
    def __imatmul__(self, o): self.v += o.v; return self
    def __repr__(self): return f"M({self.v})"
print(op.matmul(M(2), M(3)), op.imatmul(M(2), M(3)))

for name in "iadd isub imul itruediv ifloordiv imod ipow ilshift irshift iand ior ixor iconcat".split():
    lst = [1, 2]
    try:
        r1 = getattr(op, name)(6, 2)
    except Exception as e:
        r1 = type(e).__name__
    try:
        r2 = getattr(op, name)(lst, [3])
        r2 = (r2, r2 is lst)
    except Exception as e:
        r2 = type(e).__name__
    print(name, r1, r2, getattr(op, name).__doc__)
show("iconcat int", lambda: op.iconcat(1, [2]))
show("concat int", lambda: op.concat(1, 2))

d = {"a": 1}
op.setitem(d, "b", 2); print(d, op.getitem(d, "b"), op.contains(d, "a"), op.contains([1], 2))
op.delitem(d, "a"); print(d)
print(op.countOf([1, 2, 1, 1.0, True], 1), op.indexOf("abc", "c"), op.countOf((), 1))
nan = float("nan")
print(op.countOf([nan, 1], nan), op.indexOf([0, nan], nan))
show("indexOf missing", lambda: op.indexOf([1], 2))
show("countOf int", lambda: op.countOf(1, 2))
show("indexOf int", lambda: op.indexOf(1, 2))
print(op.call(max, 1, 5, key=lambda x: -x), op.call.__doc__)

class Idx:
    def __index__(self): return 4
class BadIdx:
    def __index__(self): return "x"
print(op.index(Idx()), op.index(True), type(op.index(True)).__name__)
show("index str", lambda: op.index("s"))
show("index bad", lambda: op.index(BadIdx()))

class Hint:
    def __init__(self, h): self.h = h
    def __length_hint__(self): return self.h
class LenTypeError:
    def __len__(self): raise TypeError("no len")
    def __length_hint__(self): return 5
class HintTypeError:
    def __length_hint__(self): raise TypeError("t")
print(op.length_hint([1, 2]), op.length_hint(Hint(3)),
      op.length_hint(Hint(NotImplemented), 9), op.length_hint(object(), 4),
      op.length_hint(LenTypeError()), op.length_hint(HintTypeError(), 2))
show("hint str", lambda: op.length_hint(Hint("x")))
show("hint negative", lambda: op.length_hint(Hint(-1)))
show("hint default", lambda: op.length_hint([], "x"))

class Node:
    def __init__(self, name, child=None): self.name, self.child = name, child
    def greet(self, greeting, punct="!"): return f"{greeting} {self.name}{punct}"
n = Node("a", Node("b"))
g1, g2 = attrgetter("name"), attrgetter("name", "child.name")
print(g1(n), g2(n), g1, g2, g2.__reduce__()[1], attrgetter("child.child")(n))
i1, i2 = itemgetter(1), itemgetter(0, -1, slice(1, 3))
print(i1("xyz"), i2("abcd"), i1, i2, i2.__reduce__()[1], itemgetter("k")({"k": 5}))
m1, m2 = methodcaller("greet", "hi"), methodcaller("greet", "yo", punct="?")
print(m1(n), m2(n), m1, m2, m1.__reduce__()[1], m2.__reduce__()[1])
print(methodcaller("format", name="x")("{name}"), methodcaller("upper")("q"))
show("attrgetter()", lambda: attrgetter())
show("attrgetter(1)", lambda: attrgetter(1))
show("attrgetter('a', 2)", lambda: attrgetter("a", 2))
show("itemgetter()", lambda: itemgetter())
show("methodcaller()", lambda: methodcaller())
show("methodcaller(1)", lambda: methodcaller(1))
show("getter no arg", lambda: i1())
show("getter two args", lambda: g1(1, 2))
show("getter keyword", lambda: m1(obj=1))
show("missing attr", lambda: attrgetter("child.nope")(n))
print(sorted([Node("z"), Node("c")], key=attrgetter("name"))[0].name,
      sorted([(1, "b"), (0, "c")], key=itemgetter(1)))

dunders = sorted(n for n in dir(op) if n.startswith("__") and n.endswith("__")
                 and callable(getattr(op, n)))
print(dunders)
print(all(getattr(op, d) is getattr(op, d.strip("_") + ("_" if d.strip("_") in ("not", "and", "or") else ""))
          for d in dunders if d not in ("__inv__",)), op.__inv__ is op.inv, op.__invert__ is op.invert)
print(sorted(op.__all__) == sorted(n for n in op.__all__ if hasattr(op, n)), len(op.__all__))
