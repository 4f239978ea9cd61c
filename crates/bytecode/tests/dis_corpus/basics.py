# Expressions, constants and calls.
import sys
from os import path as p, sep
from collections import *

x = 1
y = -2.5
big = 123456789012345678901234567890
neg = -(2 ** 70)
floats = (0.1, 1e16, 1e-05, 1.5e-07, 1e15, float("inf"), 3.0)
z = 3j + 1
zz = (-1 - 2j, 1.5j)
s = "it's"
t = 'say "hi"'
u = 'both \' and "'
esc = "tab\tnl\ncr\rbs\\nul\x00del\x7f"
uni = "é€😀\u200b\xa0"
b = b"bytes'\x00\xff"
bb = b'plain'
e = ...
n = None
tr = True, False
a = [1, 2, 3]
d = {"a": 1, "b": 2}
dd = {x: y, s: t}
st = {1, 2, x}
fs = x in {1, 2, 3}
nf = s not in ("a", "b")
isn = x is None
isnt = x is not None
r = x + y - x * y / x // y % x ** y @ x if False else 0
r2 = (x << 2) >> 1 & 7 | 8 ^ 9
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 3
x **= 2
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
c = x < y <= x == y != x > y >= x
neg2 = -x
inv = ~x
nt = not x
sl = a[1:2]
sl2 = a[::2]
a[0:1] = [5]
del a[0]
a[0] = 1
first, *rest = a
one, two = 1, 2
fmt = f"{x!r:>10} {y!s} {s!a} {x:{y}} {x}"
print(x, y, sep="", end="\n")
print(*a, **d)
sys.stdout.write(str(len(a)))
v = p.join("a", "b")
del x
