import heapq, bisect, itertools, operator
from collections import Counter, deque, ChainMap, defaultdict, namedtuple, OrderedDict

# heapq
streams = [[1, 4, 9], [2, 3, 10], [0, 11]]
print(list(heapq.merge(*streams)))
print(list(heapq.merge(["b", "C", "a"], ["B", "c"], key=str.lower)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19), ("ed", 25)]
print(heapq.nlargest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, people, key=operator.itemgetter(1)))
print(heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [1]))
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print([heapq.heappop(h) for _ in range(len(h))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

# bisect with key
records = sorted(people, key=lambda p: p[1])
ages = [p[1] for p in records]
print(bisect.bisect_left(records, 25, key=lambda p: p[1]), bisect.bisect_right(records, 25, key=lambda p: p[1]))
bisect.insort(records, ("zed", 26), key=lambda p: p[1])
print(records)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left([1, 2, 2, 2, 3], 2, 2), bisect.bisect_right([1, 2, 2, 2, 3], 2, hi=3))

# itertools
data = "AAAABBBCCDAABBB"
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
print([(k, [p[0] for p in g]) for k, g in itertools.groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1])])
print(list(itertools.accumulate([1, 2, 3, 4], initial=100)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([], initial=0)))
print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=None)))
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])))
print(list(itertools.batched("abcdefg", 3)))
try:
    list(itertools.batched("ab", 0))
except ValueError as e:
    print("ValueError:", e)
print(list(itertools.product("ab", [1, 2])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations("abc", 2)), list(itertools.combinations_with_replacement("ab", 3)))
print(list(itertools.combinations(range(4), 3)))
a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
print(list(itertools.islice(itertools.count(10, 5), 2, 8, 2)), list(itertools.islice("abcdef", None, None, 3)))
try:
    itertools.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 4, 1])))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.repeat("x", 3)))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(repr(itertools.count(3)), repr(itertools.count(1.5, 0.5)), repr(itertools.repeat(1, 2)))

# collections
c1 = Counter("abracadabra")
c2 = Counter("alakazam")
print(c1.most_common(3), c1.most_common()[-2:])
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, sep="\n")
print(-Counter(a=-2, b=3), +Counter(a=-2, b=3), c1.total())
c3 = Counter(a=3, b=1); c3.subtract({"a": 5, "c": 2}); print(c3, sorted(c3.elements()))
print(Counter("aab") == Counter("aba"), Counter(a=1) <= Counter(a=2, b=1))
print(repr(Counter()), Counter({"x": 0}), Counter("ab").most_common(0))
dq = deque(range(7), maxlen=5)
print(dq, dq.maxlen)
dq.rotate(2); print(dq)
dq.rotate(-3); print(dq)
dq.appendleft(-1); dq.extend([8, 9]); print(dq, dq.index(8), dq.count(9))
print(deque("abc") + deque("de"), deque([1]) * 3, list(reversed(deque([1, 2, 3]))))
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError:", e)
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap({}, env, defaults)
cm["color"] = "blue"
print(cm, cm["user"], list(cm), cm.maps[0], len(cm))
child = cm.new_child({"x": 1}); print(child.parents == cm, dict(child))
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, defaultdict(int), defaultdict(None, {1: 2}), defaultdict(lambda: 0).default_factory is not None)
Point = namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, p._replace(y=5), p._asdict(), Point._make([7, 8, 9]), Point._fields, Point._field_defaults)
try:
    p._replace(w=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(e)
print(namedtuple("R", "def x _y", rename=True)._fields)
od = OrderedDict.fromkeys("abcde"); od.move_to_end("b"); od.move_to_end("d", last=False)
print(od, od.popitem(), od.popitem(last=False))
