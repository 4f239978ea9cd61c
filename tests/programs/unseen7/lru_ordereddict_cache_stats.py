from collections import OrderedDict
import functools

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("evict", old)

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"

c = LRU(3)
for k in "abcadeab":
    if c.get(k) is None:
        c.put(k, ord(k))
print(c)
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x", last=False)
od.move_to_end("y", last=False)
print(od, list(reversed(od)), od.popitem(), od == OrderedDict(y=0, x=0), od == {"x": 0, "y": 0})
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(repr(OrderedDict()), od | {"q": 1})

@functools.lru_cache(maxsize=4)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
for n in [1, 2, 3, 1, 5, 6, 7, 1]:
    fib(n)
print(fib.cache_info())

@functools.lru_cache(maxsize=None)
def slow_square(x):
    print("computing", x)
    return x * x

print(slow_square(3), slow_square(3), slow_square(3.0), slow_square.cache_info())

@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info())
print(fib.__wrapped__.__name__, fib.__name__, fib.cache_parameters())

@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)
try:
    slow_square([1])
except TypeError as e:
    print(e)

class Cached:
    def __init__(self, v):
        self.v = v
    @functools.cached_property
    def expensive(self):
        print("computing expensive")
        return self.v * 10
    @functools.lru_cache
    def method(self, k):
        return self.v + k

o = Cached(4)
print(o.expensive, o.expensive, o.__dict__)
del o.expensive
print(o.expensive)
print(o.method(1), o.method(1), Cached.method.cache_info())
