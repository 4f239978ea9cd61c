# The dunder methods of builtin types called directly: __round__/__floor__/__ceil__/__trunc__,
# __divmod__ (NotImplemented for foreign operands), __getnewargs__, in-place slots,
# __reversed__, __class_getitem__, and which operator slots each type has.
print((2.5).__round__(), (2.567).__round__(2), (7).__round__(-1), (2.5).__floor__(), (-2.5).__ceil__(), (-2.5).__trunc__(), True.__floor__())
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (7.5).__divmod__(2), (7.0).__rdivmod__(2))
print((5).__getnewargs__(), True.__getnewargs__(), (1.5).__getnewargs__(), (1+2j).__getnewargs__(), "ab".__getnewargs__(), (1,2).__getnewargs__(), b"x".__getnewargs__())
print((1+2j).__complex__())
l = [1]; print(l.__iadd__([2, 3]) is l, l, l.__imul__(2), [].__iadd__((1,)))
d = {1: 2}; print(d.__ior__({3: 4}), list({1: 2, 3: 4}.__reversed__()))
try:
    d.__ior__(5)
except TypeError as e:
    print("TypeError", e)
s = {1, 2}; print(s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({9}), s.__ior__([1]))
print(list([1, 2].__reversed__()), list(range(3).__reversed__()), range(0).__bool__(), None.__bool__())
print(list.__class_getitem__(int), dict[str, int], tuple.__class_getitem__((int, ...)), set[int], frozenset[str])
print((1).__divmod__("a"), (1.5).__floordiv__(2), (3).__rmod__(10))
try: (float('nan')).__floor__()
except ValueError as e: print(e)
try: (float('inf')).__ceil__()
except OverflowError as e: print(e)
try: [].__iadd__(5)
except TypeError as e: print(e)
print(hasattr(1, "__matmul__"), hasattr(1.5, "__and__"), hasattr(1j, "__mod__"), hasattr(1j, "__float__"), hasattr("s", "__radd__"), hasattr([], "__rmul__"), hasattr(bytearray(), "__mod__"))
print(bytearray(b"%d") % 5, b"%s" % b"x")
print(bytearray(b"%s-%d") % (b"a", 3), bytearray(b"%r") % "x", bytearray(b'"'), bytearray(b"'\""))
