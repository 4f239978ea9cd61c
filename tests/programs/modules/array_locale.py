# array (typed items, repr, bytes round trip, overflow errors) and the C/UTF-8 locale
from array import array
import locale
a = array("i", [1, 2, 3]); a.append(4); a.extend([5]); a.insert(0, 0)
print(a, len(a), a[1], a[-1], a[1:3], a.tolist(), a.index(3), a.count(2), 3 in a, a.itemsize, a.typecode)
print(a.tobytes()[:8], array("h", b"\x01\x00\xff\xff"), array("d", [1.5, 2]), array("f", [0.1]), array("u", "hi"), array("B"))
b = array("i", [9]); print(a + b, b * 3, a == array("i", range(6)), a.pop(), a, sorted(array("i", [3, 1, 2])))
a.reverse(); print(a, list(reversed(a)))
for bad in (lambda: array("B", [256]), lambda: array("b", [-129]), lambda: array("i", [1.5]), lambda: array("z"), lambda: array("i").pop()):
    try:
        bad()
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(locale.getpreferredencoding(), locale.setlocale(locale.LC_ALL, "C"), locale.localeconv()["decimal_point"], locale.atof("1.5"), locale.strxfrm("x"))
