import functools
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 0))
p = functools.partial(int, base=2)
print(p("1010"), p.func.__name__, p.keywords, functools.partial(max, 5)(3, 9))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(3), sq(3), sq(4))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def show(x): return f"object {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show("s"), show(5), show([1, 2]))
class C:
    @functools.cached_property
    def expensive(self):
        print("computing once")
        return 42
c = C()
print(c.expensive, c.expensive)
