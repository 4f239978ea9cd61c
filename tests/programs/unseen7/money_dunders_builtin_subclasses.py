import copy
import pickle

class Money:
    __slots__ = ("cents", "cur")
    def __init__(self, amount, cur="USD"):
        self.cents = round(amount * 100) if isinstance(amount, float) else amount * 100
        self.cur = cur
    @classmethod
    def _raw(cls, cents, cur):
        m = cls.__new__(cls)
        m.cents, m.cur = cents, cur
        return m
    def __add__(self, o):
        if isinstance(o, Money):
            if o.cur != self.cur:
                raise ValueError(f"currency mismatch: {self.cur} vs {o.cur}")
            return Money._raw(self.cents + o.cents, self.cur)
        if o == 0:
            return self
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, o):
        print("iadd")
        return self + o
    def __mul__(self, k):
        return Money._raw(round(self.cents * k), self.cur)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, n):
        q, r = divmod(self.cents, n)
        return [Money._raw(q + (1 if i < r else 0), self.cur) for i in range(n)]
    def __neg__(self):
        return Money._raw(-self.cents, self.cur)
    def __abs__(self):
        return Money._raw(abs(self.cents), self.cur)
    def __bool__(self):
        return self.cents != 0
    def __eq__(self, o):
        return isinstance(o, Money) and (self.cents, self.cur) == (o.cents, o.cur)
    def __hash__(self):
        return hash((self.cents, self.cur))
    def __lt__(self, o):
        return self.cents < o.cents
    def __repr__(self):
        return f"Money({self.cents / 100:.2f}, {self.cur!r})"
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d}"
    def __format__(self, spec):
        return format(str(self), spec)
    def __getstate__(self):
        return (self.cents, self.cur)
    def __setstate__(self, st):
        self.cents, self.cur = st
    def __reduce__(self):
        return (Money._raw, (self.cents, self.cur))

a, b = Money(10.5), Money(3)
print(a + b, a * 3, 2 * a, -a, abs(-a), sum([a, b, Money(0.25)]), a / 3, bool(Money(0)), repr(a))
c = a
c += b
print(c, a, c is a, sorted([a, b, Money(100)]), max(a, b), f"[{a:>10}]", {a, Money(10.5)})
try:
    a + Money(1, "EUR")
except ValueError as e:
    print(e)
try:
    a + "x"
except TypeError as e:
    print(e)
try:
    a < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(pickle.loads(pickle.dumps(a)), copy.copy(b), copy.deepcopy([a, a])[0] is copy.deepcopy([a, a])[1])

class DefaultDict(dict):
    def __missing__(self, key):
        v = self[key] = len(key)
        return v
dd = DefaultDict(a=1)
print(dd["abc"], dd, dd.get("zz"), "zz" in dd, isinstance(dd, dict), type(dd).__name__)

class Polynomial:
    def __init__(self, *coefs):
        self.c = list(coefs)
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.c))
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, v):
        return v in self.c
    def __iter__(self):
        yield from self.c
    def __reversed__(self):
        return iter(self.c[::-1])
    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.c) if c]
        return " + ".join(terms) or "0"
p = Polynomial(1, 0, 3)
print(p, p(2), len(p), p[2], p[-1], 3 in p, list(p), list(reversed(p)), p[0:2], [p(x) for x in range(3)])
try:
    p[5]
except IndexError as e:
    print(e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._t, name)
    def __setattr__(self, name, v):
        self.log.append(f"set {name}")
        setattr(self._t, name, v)
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
class Target:
    x = 1
pr = Proxy(Target())
pr.y = 5
print(pr.x, pr.y, pr.log)
try:
    pr.missing
except AttributeError as e:
    print(e)
try:
    del pr.x
except AttributeError as e:
    print(e)

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hey")
print(u, repr(u), u.shout(), type(u.shout()).__name__, u == "HEY", len(u), u.lower(), type(u + "x").__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
st = Stack([1]).push(2).push(3)
print(st, st.peek(), len(st), type(st[:2]).__name__, st + [4], repr(Stack()))
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()], hex(Idx()))
class NoLen:
    def __len__(self):
        return -1
try:
    len(NoLen())
except ValueError as e:
    print(e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"eq {self.v} {getattr(o, 'v', o)}")
        return NotImplemented
print(Cmp(1) == Cmp(2), Cmp(3) != 3, Cmp(4) in [Cmp(5)])
try:
    hash(Cmp(1))
except TypeError as e:
    print(e)
