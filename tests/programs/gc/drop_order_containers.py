# The order in which a container releases its items, seen through __del__: CPython's
# tupledealloc and list_dealloc go from the last item to the first; a dict releases its keys
# and values in insertion order, a set in its table order.


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("tuple")
t = (A(1), A(2), A(3))
del t
print("nested tuple")
t = ((A("a1"), A("a2")), A("b"), (A("c1"), A("c2")))
del t
print("list")
l = [A(1), A(2), A(3)]
del l
print("tuple from list")
t = tuple([A(1), A(2), A(3)])
del t
print("tuple slice")
t = (A(1), A(2), A(3), A(4))
s = t[1:3]
del t
print("-- slice left")
del s
print("dict values")
d = {"x": A("x"), "y": A("y"), "z": A("z")}
del d
print("dict keys")
d = {A("k1"): 1, A("k2"): 2}
del d
print("dict items")
d = {1: A("v1"), 2: A("v2")}
d[3] = A("v3")
del d[2]
del d
print("set of ints-hashed")


class H(A):
    def __init__(self, name, h):
        super().__init__(name)
        self.h = h

    def __hash__(self):
        return self.h


s = {H("h3", 3), H("h1", 1), H("h2", 2)}
del s
print("frozenset")
s = frozenset([H("f2", 2), H("f1", 1)])
del s
print("args tuple")


def f(*args):
    return args


t = f(A(1), A(2))
del t
print("function defaults")


def g(a=A("d1"), b=A("d2")):
    pass


del g
print("exception args")
e = ValueError(A("e1"), A("e2"))
del e
print("end")
