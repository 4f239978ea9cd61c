"""Module docstring."""
import os, sys as system
import os.path
import a.b.c as d
from . import x
from ..pkg import (y as z, w)
from m import *
a = 1
b = a + 2 * 3
c = -1
d = not a
e = ~b
f = +a
g, h = 1, 2
i, *j, k = range(10)
[l, m] = [a, b]
a += 1
x.y += 2
x[1] += 3
x[1:2] += 4
del a, x.y, x[0]
t = (1, 2, 3)
u = [1, 2, 3]
v = {1, 2, 3}
w = {'a': 1, 'b': 2}
ww = {a: 1, **w}
s = x[1:2], x[::2], x[a:b:c]
x.y.z = 3
q = a if b else c
r = a and b or c
print(a, b, sep='', end='\n')
f(*args, **kw)
f(a, *b, c=1, **d)
obj.meth(1, 2, key=3)
assert a, "msg"
pass
