# CPython 3.12 takes a unit of its C recursion budget (1500) for a call of a C function
# through the generic CALL path; a CALL site's first run is generic (its adaptive counter
# starts at 1), later runs use the specialized forms, of which only the METH_O / METH_NOARGS
# ones take a unit. A builtin type without vectorcall (int, bytes, ...) always takes one.
# Each case prints the depth a recursion through a builtin call reaches.
depth = 0


def run(name, f):
    global depth
    depth = 0
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, depth, "RecursionError:", e)
    except Exception as e:
        print(name, depth, type(e).__name__, e)


def bump():
    global depth
    depth += 1


class G:
    def __getattr__(self, n):
        bump()
        return getattr(self, n)


class G2:
    def __getattr__(self, n):
        bump()
        return self.y


class S:
    def __str__(self):
        bump()
        return str(self)


class Meta(type):
    def __instancecheck__(cls, o):
        bump()
        return isinstance(o, cls)


class M(metaclass=Meta):
    pass


class A:
    def __abs__(self):
        bump()
        return abs(self)

    def __len__(self):
        bump()
        return len(self)

    def __iter__(self):
        bump()
        return iter(self)

    def __bool__(self):
        bump()
        return bool(self)

    def __format__(self, s):
        bump()
        return format(self, s)

    def __int__(self):
        bump()
        return int(self)

    def __float__(self):
        bump()
        return float(self)

    def __setattr__(self, k, v):
        bump()
        setattr(self, k, v)

    def __next__(self):
        bump()
        return next(self)

    def __bytes__(self):
        bump()
        return bytes(self)

    def __complex__(self):
        bump()
        return complex(self)


class GA:
    def __getattribute__(self, n):
        bump()
        return getattr(self, n)


class L:
    def __eq__(self, o):
        bump()
        return [self].count(o)

    def __hash__(self):
        bump()
        return hash(self)


class New:
    def __new__(cls):
        bump()
        return New()


class CallMeta(type):
    def __call__(cls):
        bump()
        return cls()


class MC(metaclass=CallMeta):
    pass


def maxr(x):
    bump()
    return max([1], key=maxr)


def anyr(x):
    bump()
    return any(map(anyr, [1]))


def sortkey(x):
    bump()
    return sorted([1], key=sortkey)


run("getattr", lambda: G().x)
run("getattr attr", lambda: G2().x)
run("getattribute", lambda: GA().x)
run("str", lambda: str(S()))
run("isinstance", lambda: isinstance(1, M))
run("abs", lambda: abs(A()))
run("len", lambda: len(A()))
run("iter", lambda: iter(A()))
run("bool", lambda: bool(A()))
run("format", lambda: format(A(), ""))
run("int", lambda: int(A()))
run("float", lambda: float(A()))
run("bytes", lambda: bytes(A()))
run("complex", lambda: complex(A()))
run("setattr", lambda: setattr(A(), "x", 1))
run("next", lambda: next(A()))
run("list.count", lambda: L() == 1)
run("class with __new__", lambda: New())
run("metaclass __call__", lambda: MC())
run("max key", lambda: maxr(0))
run("any map", lambda: anyr(0))
run("sorted key", lambda: sortkey(0))
# the same sites again: warm now, specialized
run("getattr again", lambda: G().x)
run("isinstance again", lambda: isinstance(1, M))
run("len again", lambda: len(A()))
