import abc, statistics, calendar, types, sys, io, textwrap
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 1
for cls in (Shape, Sq):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Sq.__abstractmethods__), isinstance(Sq, abc.ABCMeta))
class Meta(abc.ABCMeta): pass
Shape.register(int); print(issubclass(int, Shape), isinstance(3, Shape))

data = [2.5, 3.1, 4.7, 3.1, 5.0, 2.2, 3.1]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), round(statistics.stdev(data), 6), round(statistics.pvariance(data), 6))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbc"), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
print(statistics.fmean([1, 2, 3]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([2, 6]), statistics.correlation([1, 2, 3], [2, 4, 7]))
print(statistics.linear_regression([1, 2, 3, 4], [2, 4, 5, 8]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.stdev([1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
from fractions import Fraction
from decimal import Decimal
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.mean([Decimal("1.1"), Decimal("2.2")]), statistics.median([1, 2]))
nd = statistics.NormalDist(100, 15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd, nd + 5, round(nd.overlap(statistics.NormalDist(110, 15)), 6))
print(calendar.month(2024, 2))
print(calendar.monthrange(2024, 2), calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12, w=3))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10])
class Alias:
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)
print(Alias[int], Alias[int, str].__args__, list[int] == types.GenericAlias(list, (int,)), type(list[int]))
class Base1: pass
class Proxy:
    def __mro_entries__(self, bases):
        return (Base1,)
class Child(Proxy()): pass
print(Child.__mro__, Child.__orig_bases__)
ns = types.SimpleNamespace(a=1, b=[2]); ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c=3), vars(ns))
mp = types.MappingProxyType({"k": 1})
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)
print(mp, mp.get("k"), list(mp.items()))
buf = io.StringIO()
print("a", "b", sep="-", end="!\n", file=buf)
print(*range(3), sep=", ", file=buf)
buf.write("tail")
print(repr(buf.getvalue()), buf.tell(), buf.seek(0), buf.readline(), buf.read(3))
b = io.BytesIO(b"line1\nline2\n")
print(b.readlines(), b.getbuffer().nbytes)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
for s in ["naïve", "日本"]:
    for enc, err in [("ascii", "strict"), ("ascii", "replace"), ("ascii", "xmlcharrefreplace"), ("ascii", "backslashreplace"), ("latin-1", "ignore"), ("utf-8", "strict")]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, "UnicodeEncodeError:", e)
for bs in [b"\xff\xfe", b"caf\xc3\xa9", b"\xe6\x97"]:
    for enc, err in [("utf-8", "strict"), ("utf-8", "replace"), ("latin-1", "strict"), ("utf-16", "strict")]:
        try:
            print(enc, err, repr(bs.decode(enc, err)))
        except UnicodeDecodeError as e:
            print(enc, err, "UnicodeDecodeError:", e)
