# weakref.proxy / ProxyType / CallableProxyType, and weak references to builtins
import weakref
import sys


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return "Vec(%s)" % ", ".join(map(str, self.xs))

    def __str__(self):
        return "vec of %d" % len(self.xs)

    def __add__(self, other):
        if isinstance(other, Vec):
            other = other.xs
        return Vec(*[a + b for a, b in zip(self.xs, other)])

    def __radd__(self, other):
        return ("radd", other)

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __iadd__(self, other):
        self.xs.append(other)
        return self

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, x):
        return x in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        return self.xs < other.xs

    __hash__ = None

    def total(self):
        return sum(self.xs)


v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(type(p) is weakref.ProxyType, type(p).__name__, type(p).__module__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(p.xs, p.total(), p.__class__.__name__, isinstance(p, Vec))
print(str(p), repr(p).startswith("<weakproxy at 0x"), " to Vec at 0x" in repr(p))
print(repr(p + [10, 20, 30]), repr(p * 2), repr(-p), 5 + p)
print(len(p), p[0], 2 in p, 9 in p, list(p), sorted(p, reverse=True))
p[0] = 100
del p[1]
print(repr(v), p == Vec(100, 3), p == v, v == p, p < Vec(200), p != v)
p.extra = "set through proxy"
print(v.extra, hasattr(p, "extra"))
del p.extra
print(hasattr(v, "extra"))
q = p
q += 7
print(q is v, repr(v))
keep = Vec()
print(bool(p), bool(weakref.proxy(keep)))
print(weakref.getweakrefcount(v))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(callable(p), "total" in dir(p))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale


a = Adder(3)
cp = weakref.proxy(a)
print(type(cp) is weakref.CallableProxyType, callable(cp), cp(4), cp(4, scale=10))
try:
    hash(cp)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ProxyType()
except TypeError as e:
    print("TypeError:", e)


# numbers and iterators through a proxy
class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v

    def __float__(self):
        return self.v / 2

    def __abs__(self):
        return "abs"

    def __pow__(self, e, mod=None):
        return ("pow", e, mod)


n = Num(6)
np_ = weakref.proxy(n)
print(int(np_), float(np_), abs(np_), [0, 1, 2, 3, 4, 5, 6, 7][np_], pow(np_, 2), np_ ** 3)


class Counter:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


c = Counter()
pc = weakref.proxy(c)
print(next(pc), next(pc), list(pc))
try:
    next(p)
except TypeError as e:
    print("TypeError:", e)

# the referent dies
events = []
b = Vec(1)
pb = weakref.proxy(b, lambda pr: events.append(("callback", type(pr).__name__)))
print(weakref.getweakrefcount(b))
del b
print(events)
for what, f in [("attr", lambda: pb.xs), ("str", lambda: str(pb)), ("bool", lambda: bool(pb)),
                ("len", lambda: len(pb)), ("add", lambda: pb + 1), ("radd", lambda: 1 + pb),
                ("eq", lambda: pb == 1), ("iter", lambda: iter(pb)), ("setattr", lambda: setattr(pb, "a", 1))]:
    try:
        f()
        print(what, "no error")
    except ReferenceError as e:
        print(what, type(e).__name__, e)
print(repr(pb).endswith(" to NoneType at %#x>" % id(None)))

# proxies of proxies are not allowed; weak refs to a proxy neither
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)

# weak references to builtin functions, methods, modules, code
r = weakref.ref(len)
print(r() is len, r()("abc"))
print(weakref.ref(sys)() is sys)
print(weakref.ref([].append)())
m = v.total
rm = weakref.ref(m)
print(rm() is m, rm()())
del m
print(rm())
bm = [1, 2].append
rb = weakref.ref(bm)
print(rb() is bm)
code = Vec.total.__code__
print(weakref.ref(code)() is code)
print(weakref.proxy(len)("four"), type(weakref.proxy(len)).__name__)
for bad in (1, "s", (1,), [1], {}):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

# KeyedRef: a ref with a key, handed to the callback
dead = []
kv = Vec(9)
kr = weakref.KeyedRef(kv, lambda r: dead.append(r.key), "the-key")
print(kr.key, kr() is kv, isinstance(kr, weakref.ref), type(kr).__name__)
del kv
print(dead, kr())
