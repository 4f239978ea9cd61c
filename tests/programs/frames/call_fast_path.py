# CALL of Python functions run by the loop's fast path (plain functions, bound methods,
# keywords and defaults, generator functions), the frames it makes and recycles: f_lasti and
# f_lineno of caller and callee, tracebacks through such calls, finalizers of arguments and
# locals when the frame returns, frames kept alive by frame objects, the recursion limit.
import sys


def add(a, b):
    return a + b


def where():
    f = sys._getframe()
    back = f.f_back
    return (f.f_code.co_name, f.f_lineno, back.f_code.co_name, back.f_lineno,
            back.f_lasti > 0)


def caller():
    x = where()
    y = where(
    )
    return x, y


print(caller())
t = 0
for i in range(1000):
    t = add(t, i)
print(t)


class B:
    def m(self, x, y=10, *, z=100):
        return x + y + z


b = B()
print(b.m(1), b.m(1, 2), b.m(1, z=3), b.m(1, y=5, z=7))
m = b.m
print(m(2), m(2, 3))


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


try:
    deep(3)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def takes(o):
    local = Noisy("local")
    print("in takes", o.name, local.name)
    return 1


print("result", takes(Noisy("arg")))
print("after takes")


def keep():
    a = Noisy("kept")
    return sys._getframe()


fr = keep()
print("frame kept", fr.f_locals["a"].name, fr.f_lasti > 0)
del fr
print("after frame")


def gen(n):
    for i in range(n):
        yield i * 2


def use_gen():
    g = gen(3)
    return list(g), g.gi_frame


print(use_gen())


def recurse(n):
    return recurse(n + 1)


sys.setrecursionlimit(200)
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)


def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


print(count(150))
sys.setrecursionlimit(1000)


def local_names(a, b, c=3):
    d = a + b
    return sorted(sys._getframe().f_locals.items())


print(local_names(1, 2))
print(local_names(1, 2, c=9))
# A frame reused by the next call starts with its locals unbound.


def unbound(flag):
    if flag:
        v = "set"
    try:
        return v
    except UnboundLocalError as e:
        return "unbound: " + str(e)


print(unbound(True), unbound(False), unbound(True), unbound(False))
