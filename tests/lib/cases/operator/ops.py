import operator as op
names = ["lt", "le", "eq", "ne", "ge", "gt", "add", "sub", "mul", "truediv", "floordiv", "mod",
         "pow", "lshift", "rshift", "and_", "or_", "xor", "is_", "is_not", "contains",
         "concat", "getitem", "countOf", "indexOf"]
pairs = [(3, 5), (7, 2), ([1, 2], [1, 2]), ("ab", "b"), ((1, 2, 1), 1)]
for n in names:
    row = []
    for a, b in pairs:
        try:
            row.append(repr(getattr(op, n)(a, b)))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(n, row)
for n in ["neg", "pos", "abs", "inv", "invert", "not_", "truth", "index"]:
    try:
        print(n, getattr(op, n)(-5), getattr(op, n)(1))
    except Exception as e:
        print(n, type(e).__name__, e)
print(op.attrgetter("real"), op.attrgetter("a.b", "c"), op.itemgetter(1), op.itemgetter(1, "x"),
      op.methodcaller("f", 1, k=2), op.methodcaller("upper"))
print(op.attrgetter("real", "imag")(3 + 4j), op.attrgetter("__class__.__name__")(3),
      op.itemgetter(0, -1)("abc"), op.itemgetter(slice(1, None))([1, 2, 3]), op.methodcaller("split", ",")("a,b"))
l = [1]; print(op.iadd(l, [2]), l, op.iconcat(l, [3]), op.imul(2, 3), op.ipow(2, 5), op.ixor(6, 3))
d = {}; op.setitem(d, "k", 1); print(d, op.getitem(d, "k")); op.delitem(d, "k"); print(d)
print(op.length_hint([1, 2]), op.length_hint(iter(range(7))), op.length_hint(3, 9), op.call(max, 1, 5))
for bad in (lambda: op.concat(1, 2), lambda: op.attrgetter(1), lambda: op.indexOf([1], 2),
            lambda: op.length_hint([], "x"), lambda: op.methodcaller(3)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(op.__add__ is op.add, op.__all__ == sorted(op.__all__), len(op.__all__))
