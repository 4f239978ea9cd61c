# CPython 3.12 counts recursion through C code (slots, C calls) against a C budget of 1500
# units, apart from the Python-frame limit: a __repr__ that calls repr(self) stops at 374
# levels, an __eq__ at 499. Each case prints the depth reached and the error.
import sys

depth = 0


def run(name, f):
    global depth
    depth = 0
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, depth, "RecursionError:", e)


class R:
    def __repr__(self):
        global depth
        depth += 1
        return repr(self)


class E:
    def __eq__(self, o):
        global depth
        depth += 1
        return self == o


class L:
    def __lt__(self, o):
        global depth
        depth += 1
        return self < o


class H:
    def __hash__(self):
        global depth
        depth += 1
        return hash(self)


class C:
    def __call__(self):
        global depth
        depth += 1
        return self()


class I:
    def __init__(self):
        global depth
        depth += 1
        I()


class Meta(type):
    def __subclasscheck__(cls, sub):
        global depth
        depth += 1
        return issubclass(sub, cls)


class M(metaclass=Meta):
    pass


def mapr(n):
    global depth
    depth += 1
    return list(map(mapr, [n + 1]))


def plain():
    global depth
    depth += 1
    plain()


run("repr", lambda: repr(R()))
run("eq", lambda: E() == 1)
run("lt", lambda: L() < 1)
run("hash", lambda: hash(H()))
run("__call__", lambda: C()())
run("__init__", lambda: I())
run("map", lambda: mapr(0))
run("plain", plain)

# The C budget does not follow sys.setrecursionlimit; the Python-frame limit does.
sys.setrecursionlimit(5000)
run("eq, limit 5000", lambda: E() == 1)
run("plain, limit 5000", plain)
sys.setrecursionlimit(300)
run("eq, limit 300", lambda: E() == 1)
run("plain, limit 300", plain)
sys.setrecursionlimit(1000)

# the budget is given back: the same recursion again reaches the same depth
run("eq again", lambda: E() == 1)
