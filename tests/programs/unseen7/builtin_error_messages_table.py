import math, json, re, datetime, decimal, fractions, collections, itertools, functools, operator, string, struct, enum, dataclasses, random, statistics, heapq, bisect, copy, pickle, io, textwrap
exprs = r'''
[1,2,3].remove(4)
(1,2).index(3)
"abc".index("z")
{}["x"]
{1}.remove(2)
[][0]
()[1]
"abc"[9]
range(3)[5]
int("1.5")
float("x1")
int(None)
float([])
complex("1+")
len(5)
iter(5)
next([1])
abs("x")
sum(["a", "b"])
sum([1], "x")
max([])
min(1)
sorted([1, None])
divmod(1, 0)
1 % 0
1.0 // 0
2 ** 10000.0
math.factorial(-1)
math.factorial(2.5)
math.log(-1)
math.isqrt(-4)
math.comb(3, -1)
chr(0x110000)
ord("ab")
ord("")
bytes([300])
bytes("abc")
bytearray(-1)
"x" * -1 + "y" * "z"
[1] * 2.0
None + 1
1 + None
"a" < 1
[1] < (1,)
{} < {}
object() < object()
-"x"
~1.5
hash([])
hash({})
{[]: 1}
{{1}}
set([[1]])
dict([(1, 2, 3)])
dict([1])
dict(a=1)["b"]
list(1)
tuple(None)
str(b"x", "bad-encoding")
"abc".encode("nope")
b"abc".decode("ascii", "bad")
"x".join([None])
" ".join(5)
"abc".split("")
"abc".replace(1, 2)
"{} {}".format(1)
"{0} {}".format(1, 2)
"{a}".format(1)
"{:x}".format("s")
"{:.2f}".format("s")
format(1.5, "d")
format("s", "d")
format(3, ".2s")
"%d" % None
"%x" % 1.5
"%c" % 300000000
"%(a)s" % (1,)
int("10", 37)
int(3.5, 10)
round("x")
round(1.5, "x")
pow(2, 3, 0)
pow(2.0, 3, 5)
getattr(1, "nope")
setattr(1, "real", 2)
delattr(1, "real")
object().__dict__
isinstance(1, 1)
issubclass(1, int)
type("X", (1,), {})
type(1, 2)
super()
json.loads("{'a': 1}")
json.dumps(object())
re.compile("(")
re.sub("a", r"\9", "a")
datetime.date(2024, 2, 30)
datetime.datetime(2024, 1, 1, 25)
datetime.timedelta(days=1e10)
datetime.date.fromisoformat("2024-1-1")
datetime.datetime.strptime("x", "%Y")
decimal.Decimal("1.2.3")
decimal.Decimal(1) / 0
fractions.Fraction("x")
fractions.Fraction(1.5, 2)
collections.namedtuple("P", "x def")
collections.deque([1], maxlen=-1)
collections.Counter(5)
itertools.islice([1], -1)
functools.reduce(1, [1])
operator.itemgetter()
string.Template("$").substitute()
struct.pack("i", "x")
struct.unpack("i", b"xx")
enum.Enum("E", "A B")("C")
random.choice([])
random.randint(5, 1)
random.sample([1], 3)
statistics.mean([])
statistics.stdev([1])
heapq.heappop([])
io.StringIO().write(5)
io.StringIO("x").seek(-1)
textwrap.wrap("x", width=0)
print(sep=5)
print(end=3)
open("/nonexistent/x")
exec("x = (")
eval("1 +")
compile("x", "f", "bad")
__import__("no_such_mod")
[].sort(key=1)
sorted([3, 1], cmp=None)
list.append()
[].append(1, 2)
"".startswith(1)
"x".center()
"x".center(5, "ab")
int.from_bytes("x", "big")
(1).to_bytes(1, "middle")
frozenset().add(1)
(1, 2)[0] = 5
del (1,)[0]
memoryview("x")
slice(1, 2, 0).indices(5)
[1, 2][::0]
range(1, 2, 0)
zip(1)
filter(1, [1])()
enumerate(1)
reversed(iter([]))
vars(1)
dir(1, 2)
callable()
id()
input(1, 2)
'''
for line in exprs.strip().splitlines():
    try:
        r = eval(line)
        print(f"{line:<40} -> {r!r}"[:120])
    except BaseException as e:
        print(f"{line:<40} !! {type(e).__name__}: {e}")
