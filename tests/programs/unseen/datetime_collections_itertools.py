from datetime import datetime, date, time, timedelta, timezone
from collections import Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap
import itertools as it, functools, operator, heapq, bisect, statistics
start = datetime(2024, 1, 29, 9, 30)
sched = [start + timedelta(weeks=w, days=d) for w in range(2) for d in (0, 2)]
for s in sched:
    print(s.strftime("%a %d %b %Y %H:%M | %j %U %W %u %w %p %I %y %B %A"), s.isoformat(timespec="minutes"), s.isocalendar())
d = date(2024, 2, 29)
print(d + timedelta(days=365), d.replace(year=2025, day=28), d.toordinal(), date.fromordinal(1), d.weekday(), d.isoweekday(), d.ctime())
try:
    d.replace(year=2023)
except ValueError as e:
    print(e)
td = timedelta(days=1, hours=25, minutes=-5, seconds=3.5, microseconds=7)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td * 2.5, td / 3, td // timedelta(hours=1), td % timedelta(hours=5), divmod(td, timedelta(days=1)))
print(timedelta(microseconds=-1), timedelta(days=-1, seconds=1), str(timedelta(0)), timedelta(weeks=1) == timedelta(days=7), timedelta.max, timedelta.resolution)
print(datetime.fromisoformat("2024-03-10T14:05:09.123+02:00"), datetime.fromisoformat("2024-03-10 14:05"), date.fromisoformat("2024-03-10"), time.fromisoformat("14:05:09.5"))
dt = datetime(2024, 3, 10, 14, 5, 9, 123000, tzinfo=timezone(timedelta(hours=2), "CEST"))
print(dt.utcoffset(), dt.tzname(), dt.astimezone(timezone.utc), dt.timestamp(), dt.strftime("%z %Z %f %%"), repr(dt.tzinfo), repr(timezone.utc))
print(datetime.strptime("05/01/24 13:07", "%d/%m/%y %H:%M"), datetime.strptime("2024-W05-1", "%G-W%V-%u"), datetime(2024, 1, 1) - datetime(2023, 3, 1, 12))
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    datetime(2024, 1, 1) < dt
except TypeError as e:
    print(e)
print(f"{start:%Y/%m/%d}", format(time(7, 5), "%H.%M"), time(23, 59, 59, 999999).isoformat(), repr(time(1, 2)), date.min, datetime.max)
words = "the cat sat on the mat the end cat".split()
c = Counter(words)
c2 = Counter(cat=5, dog=1)
print(c.most_common(2), c + c2, c - c2, c & c2, c | c2, c2 - Counter(dog=3), +Counter(a=-1, b=2), -Counter(a=-1))
c.update(["mat", "dog"]); c.subtract({"the": 5})
print(sorted(c.items()), c.total(), sorted(c.elements())[:4], c["zzz"], Counter("abracadabra").most_common())
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dd, dict(dd), defaultdict(int, a=1), dd.default_factory)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False); od.popitem(last=False)
print(od, list(od), od == OrderedDict.fromkeys("acdb"), od == dict.fromkeys("acdb"))
P = namedtuple("P", "x y z", defaults=(0,))
p = P(1, 2)
print(p, p._asdict(), p._replace(x=9), P._fields, P._field_defaults, P._make([4, 5, 6]), p.x + p.z)
try:
    P(1)
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(e)
dq = deque(range(5), maxlen=4); dq.rotate(1); dq.appendleft(-1)
print(dq, dq.maxlen, ChainMap({"a": 1}, {"a": 2, "b": 3})["b"], ChainMap({"a": 1}).new_child({"c": 0}))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=2)), list(it.pairwise("abcd")), list(it.batched(range(7), 3)))
print([k for k, _ in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby(sorted(words, key=len), key=len)])
print(list(it.combinations("abc", 2)), list(it.permutations(range(3), 2))[:4], list(it.product("ab", repeat=2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.islice(it.cycle("xy"), 5)), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.compress("abcd", [1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 2])), list(it.takewhile(lambda x: x < 3, [1, 2, 4, 1])), list(it.filterfalse(None, [0, 1, "", "a"])), list(it.tee([1, 2], 2)[1]), list(it.chain.from_iterable(["ab", "c"])), list(it.repeat(1, 3)), next(it.count(5, 2)))
@functools.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info(), fib.cache_parameters())
fib.cache_clear(); print(fib.cache_info())
@functools.cache
def sq(x): return x * x
print([sq(i % 3) for i in range(6)], sq.cache_info())
print(functools.reduce(operator.add, range(5), 10), functools.partial(int, base=2)("101"), repr(functools.partial(max, 1)).startswith("functools.partial(<built-in function max>"))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)))), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3j), operator.methodcaller("upper")("q"))
h = [5, 1, 8, 3, 9, 2]; heapq.heapify(h); heapq.heappush(h, 0)
print(h, heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(3, h, key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])), heapq.heappushpop(h, 7), heapq.heapreplace(h, 0))
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 9), bisect.insort(a, 4) or a, bisect.bisect_left(a, 5, key=lambda x: x))
data = [2.5, 3.1, 4.7, 2.5, 5.0, 3.3]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), round(statistics.stdev(data), 6), round(statistics.pvariance(data), 6), statistics.median_low([1, 3, 5, 7]), statistics.quantiles(range(1, 11), n=4), statistics.fmean([1, 2]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1, 4]), statistics.multimode("aabbc"))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(e)
