a = (1, 2, 3)
b = (1, (2.5, "x"), None, True, -0.0, 0.0, 1j, b"bytes", ...)
c = [1, 2, 3, 4]
d = {1, 2, 3}
e = {"a": 1, "b": 2}
f = 2 ** 10 - 3 * 4
g = "abc" * 3
h = -5, +6, ~7
i, j = j, i
k, l, m = m, l, k
n = (a, b)
if 1:
    o = "yes"
if 0:
    o = "no"
p = f"{a!r:>10} and {b}"
q = x if None else y
r = 1 if x is None else 2
s = x.y.z(1, *a, k=2, **e)
t = a[1:2], a[::2], a[x:]
del a[0], b
u = lambda v, *w, x=1, **y: v
def deco(f): return f
@deco
class C(object, metaclass=type):
    attr = 1
    def method(self):
        return super().method()
import os.path as osp
from os import path, sep
from sys import *
