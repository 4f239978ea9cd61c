import functools
from functools import lru_cache, singledispatch, total_ordering, cached_property, partial, reduce
from collections import Counter, defaultdict, OrderedDict, ChainMap, namedtuple, deque
import itertools
from itertools import groupby, accumulate, pairwise, batched, product, permutations, combinations, combinations_with_replacement, islice, chain, starmap, zip_longest, cycle, count, tee, compress, dropwhile, takewhile, filterfalse
import operator

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__wrapped__.__name__)

@singledispatch
def show(x):
    return f"obj:{x!r}"
@show.register
def _(x: int):
    return f"int:{x}"
@show.register(list)
def _(x):
    return "list:" + ",".join(show(i) for i in x)
print(show(3), show("s"), show([1, "a", 2.0]), show(True))

@total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
print(Money(1) >= Money(2), Money(3) > Money(2), Money(2) <= Money(2))

class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
p = partial(int, base=2)
print(repr(p), p("1011"))
p2 = partial(pow, 2)
print(p2(10), p2.func is pow, p2.args, p2.keywords)
print(reduce(operator.mul, range(1, 7)), reduce(lambda a, b: a + b, [], 0))

words = "the cat the dog a cat the end a b".split()
cnt = Counter(words)
print(cnt.most_common(), cnt.most_common(2))
print(cnt + Counter("the the".split()), cnt - Counter({"the": 5}), cnt.total())
print(Counter("abracadabra"), (Counter(a=3) & Counter(a=1, b=2)), Counter(a=1) | Counter(a=4, c=1))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dd, dict(dd))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od, od.popitem(last=False), list(od))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm2 = cm.new_child({"c": 4})
print(cm, cm2["b"], len(cm2), list(cm2), cm2.parents)
P = namedtuple("P", "x y z", defaults=[0])
pt = P(1, 2)
print(pt, pt._replace(x=9), pt._asdict(), P._fields, P._field_defaults, P._make([4, 5, 6]))
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
d = deque(range(5), maxlen=4)
d.rotate(1); d.appendleft(-1)
print(d, d.maxlen)

data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
print([(k, [v for _, v in g]) for k, g in groupby(data, key=operator.itemgetter(0))])
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(pairwise("abcd")), list(batched(range(7), 3)))
print(list(product("ab", repeat=2)), len(list(permutations(range(4), 2))), list(combinations("abcd", 2)))
print(list(combinations_with_replacement("ab", 2)), list(islice(cycle("xy"), 5)), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress("abcdef", [1, 0, 1, 0, 1])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(None, [0, 1, "", "a"])), list(islice(count(10, 5), 3)))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), list(chain.from_iterable(["ab", "cd"])))
print(repr(itertools.count(3)), repr(itertools.repeat("x", 2)))
try:
    list(batched("abc", 0))
except ValueError as e:
    print("ValueError:", e)
