# Subclasses of collections.deque: __init__ overrides, attributes, reprs, copies, pickling.
import copy
import weakref
from collections import deque


class MyDeque(deque):
    pass


class Bounded(deque):
    def __init__(self, iterable=(), limit=3):
        super().__init__(iterable, limit)
        self.limit = limit

    def push(self, x):
        self.append(x)
        return self

    def __repr__(self):
        return f"Bounded<{list(self)}, limit={self.limit}>"


class Stack(deque):
    def __init__(self, *items):
        super().__init__(items)
        self.pushes = 0

    def append(self, x):
        self.pushes += 1
        super().append(x)


class Slotted(deque):
    __slots__ = ("tag",)


m = MyDeque([1, 2, 3])
print(m, type(m).__name__, isinstance(m, deque), len(m), m[1], m == deque([1, 2, 3]))
m.extra = "attr"
print(m.extra, m.__dict__, vars(m))
print(MyDeque("ab", 1), repr(MyDeque(maxlen=2)))
c = copy.copy(m)
print(c, type(c).__name__, c.__dict__)
m2 = m + deque([4]); print(m2, type(m2).__name__)
m3 = m * 2; print(m3, type(m3).__name__)
print(type(m.copy()).__name__, m.__reduce__()[0] is MyDeque, m.__reduce__()[2])

b = Bounded([1, 2, 3, 4, 5])
print(b, b.maxlen, b.limit, len(b))
b.push(6).push(7); print(b, list(b))
b2 = Bounded("xy", limit=5); print(b2, b2.maxlen)
bc = copy.copy(b)
print(type(bc).__name__, list(bc), bc.maxlen)

s = Stack(1, 2)
s.append(3); s.append(4)
s.extend([5])
print(s, s.pushes, s.pop(), s.popleft())

sl = Slotted([1]); sl.tag = "t"
print(sl, sl.tag, hasattr(sl, "__dict__"))
try:
    sl.other = 1
except AttributeError as e:
    print("AttributeError:", e)

r = weakref.ref(m); print(r() is m); del m, c; print(r() is None or "alive")


class NotADeque(deque):
    def __init__(self, *args):
        pass

    def __copy__(self):
        return NotADeque()


n = NotADeque([1, 2])
print(len(n), list(n), len(n.copy()), type(copy.copy(n)).__name__)


class WithNew(deque):
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.made_by_new = True
        return self


wn = WithNew([1, 2], 5)
print(wn, wn.made_by_new, wn.maxlen)
print(MyDeque[int], issubclass(MyDeque, deque), MyDeque.__mro__[1] is deque)
