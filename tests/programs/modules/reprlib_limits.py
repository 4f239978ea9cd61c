# reprlib: the default limits, each container kind, nesting, strings and ints cut in the
# middle, indent, subclass dispatch by type name, recursive_repr.
import reprlib
from collections import deque
from array import array

r = reprlib.repr
print(r(list(range(20))))
print(r(tuple(range(3))), r((1,)), r(()))
print(r(set(range(10))), r(set()), r(frozenset("abcdefghij")), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}))
print(r(deque(range(10))))
print(r(array('i', range(10))), r(array('b')))
print(r("x" * 100))
print(r("short"))
print(r(2 ** 200))
print(r([[[[[[[[1]]]]]]]]))
print(r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r(object)[:14])

class Long:
    def __repr__(self):
        return "Long(" + "z" * 50 + ")"

class Broken:
    def __repr__(self):
        raise RuntimeError("no")

print(r(Long()))
print(r(Broken()).startswith("<Broken instance at 0x"))

custom = reprlib.Repr(maxlist=2, maxstring=10, fillvalue="~~")
print(custom.repr([1, 2, 3, 4]), custom.repr("abcdefghijklmnop"))
print(custom.maxlevel, custom.maxdict, custom.indent)

ind = reprlib.Repr(indent=2)
print(ind.repr([1, [2, 3], {"a": 4}]))
print(reprlib.Repr(indent="-->").repr((1, 2)))
print(ind.repr([]))
for bad in (-1, 1.5):
    try:
        reprlib.Repr(indent=bad).repr([1])
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)

class MyRepr(reprlib.Repr):
    def repr_MyType(self, obj, level):
        return "MyType!"

class MyType:
    pass

print(MyRepr().repr([MyType(), 1]))

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"

a = Node("a")
a.children.append(a)
a.children.append(Node("b"))
print(a)
print(Node.__repr__.__name__, Node.__repr__.__qualname__, hasattr(Node.__repr__, '__wrapped__'))

class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Other(" + repr(self.me) + ")"

o = Other()
o.me = o
print(o)
