import operator, types
print(operator.add(1, 2), operator.mul("a", 3), operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"))
print(operator.attrgetter("real")(5), operator.methodcaller("upper")("x"), operator.neg(3), operator.truth([]))
print(sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)), operator.contains([1], 1), operator.index(7))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = 3
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=3))
print(types.FunctionType, types.GeneratorType, isinstance((x for x in []), types.GeneratorType))
m = types.ModuleType("made")
m.x = 1
print(m, m.__name__, m.x)
print(types.MappingProxyType({"a": 1}), type(int.__dict__).__name__)
