import math, json, re, datetime, decimal, fractions, collections, itertools, functools, operator, string, struct, enum, random, statistics, heapq, bisect, copy, io, textwrap, sys
exprs = r'''
"%.3g" % 1234567
"%g" % 0.00001234
"%10.4g|" % math.pi
"%-+8.2f|" % 3.14159
"%#o %#x %#X" % (8, 255, 255)
"%5s|%-5s|" % ("ab", "cd")
"%.0f %.0f %.0f" % (0.5, 1.5, 2.5)
"%e" % 0
"%r" % "x'y"
"%a" % "é"
"%s" % [1, "a"]
"%%d" % ()
f"{1e100:.3e} {123.456:10.1f} {-1.5:+.0f} {1.5:.0%}"
f"{12345.6789:,.2f} {1234567:_d} {0xff:#010x} {255:08b}"
f"{'x':^9}|{'y':>3}|{'zzz':.1}|"
f"{3.0:g} {3.10:g} {1e-4:g} {1e-5:g} {123456789.0:g} {1e15:g} {1e16:g}"
f"{1.0} {1.10} {0.1+0.7} {1/7} {100.0/3}"
f"{math.pi:.15f} {math.e:.20g} {2**0.5!r}"
format(1234.5, "e"), format(1234.5, "E"), format(0.000123, "%")
format(123, "c"), format(True, "^5"), format(None, "") 
format(-0.0, "+"), format(float("-inf"), "+.2f"), format(float("nan"), "F")
format(1e21, ".0f"), format(2**64, ","), format(-2**63, "x")
format(10**25, "e"), format(10**25, ".3g"), format(12345678901234567890, "n")
str(0.1), str(1e-7), str(1.0e16), str(123456789012345.0), str(1.7976931348623157e308), str(5e-324)
repr(1.1 * 3), 0.1 * 3, 4.35 * 100, 1.15 * 100, 2.675 * 100
round(1.005, 2), round(0.285, 2), round(-1.5), round(1234567.891, -3), round(-0.4)
int(1e20), int(-1.9), int("  -0012  "), int("0x1f", 16), int("1f", 16), int("z", 36)
float("  3.5  "), float("-inf"), float("1_000.5"), float(".5"), float("5."), float("1e-3")
10**20 / 3, 10**20 // 3, 2**63 - 1, -2**63, (-7) // 2, (-7) % 2, 7 // -2
1/3 + 1/3 + 1/3, 0.1 + 0.2 - 0.3, sum([0.1] * 10), math.fsum([0.1] * 10)
divmod(10.5, 3), divmod(-10.5, 3), 10.5 % -3, math.fmod(-10.5, 3)
math.floor(2.5), math.ceil(2.1), math.trunc(-2.9), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4)
math.sqrt(2), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10)
math.sin(math.pi), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.tau
math.gamma(5), math.lgamma(10), math.erf(1), math.inf, -math.inf, math.nan
math.isfinite(1e308), math.isinf(float("inf")), math.isnan(math.nan), math.nextafter(1, 2), math.ulp(1.0)
(255).bit_length(), (-1).bit_length(), (10).bit_count(), int.bit_count(255)
bin(-5), hex(-255), oct(-8), f"{-5:b}", f"{-255:x}"
abs(-0.0), -0.0 == 0.0, math.copysign(0.0, -1), 0.0 * -1
2 ** 0.5 ** 2, (2 ** 0.5) ** 2, 9 ** 0.5, (-8) ** 2, 8 ** (1/3), 10 ** -2
complex(3, 4) / 2, (3+4j).conjugate(), complex("1-2j"), (1+1j) ** 2, 1j ** 1j
[1, 2, 3] * 0, [0] * 3 + [1], (1,) * 3, "ab" * 0
list(range(0)), list(range(5, 0, -2)), range(0, 10, 3)[-1], range(10)[::-3]
sorted([3, 1, 2], reverse=True), sorted("bAc"), sorted([(1, "b"), (1, "a")]), sorted([[2], [1, 5]])
min([3, 1], key=lambda x: -x), max([], default=0), max(1, 2, key=None), min("aB", key=str.lower)
list(map(lambda x, y: x + y, [1, 2], [3, 4, 5])), list(filter(str.isdigit, "a1b2"))
dict(zip("abc", [1, 2])), list(zip()), list(zip([1])), dict(enumerate("ab"))
any(x > 2 for x in [1, 3]), all([1, [], 2]), sum(range(101)), sum([1.5, 2.5], 10)
"".join(sorted(set("mississippi"))), "-".join("abc"), ",".join([])
"a b c".split(None, 1), "  a  ".split(" "), "a,b,".split(","), "".split(","), "".split()
"Hello".ljust(8, ".") + "|", "%-8s|" % "Hello", "{:<8}|".format("Hello"), f"{'Hello':<8}|"
"tEST sTRING".capitalize(), "hello world".title(), "ABC".lower().upper(), "İ".lower(), "ﬁ".upper()
"abc".zfill(5), "+12".zfill(5), "a\tb".expandtabs(4), "a\\nb", r"a\nb", "a\nb"
str(True), str(None), repr(None), str(...), repr(type), repr(str), str(int)
bool(""), bool(" "), bool(0.0), bool(0j), bool(()), bool(range(0)), bool(None)
1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, [] == [], [] is [], () is (), "a" in "abc", 1 in [1.0]
type(1 + 1.0), type(True + 1), type(1 / 1), type(2 ** -1), type(2 ** 2), type(10 // 3.0)
[x for x in range(10) if x % 3 == 0], {x: x ** 2 for x in range(4)}, {c for c in "abca"}
list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.product([1, 2], "a"))
collections.Counter("abracadabra").most_common(3), collections.Counter(a=3) - collections.Counter(a=5)
sorted(collections.Counter("hello").items()), collections.Counter([1, 1, 2]) == {1: 2, 2: 1}
datetime.date(2024, 1, 31).replace(month=2) if False else datetime.date(2024, 3, 31) - datetime.timedelta(days=31)
datetime.datetime(2024, 1, 1) - datetime.datetime(2023, 1, 1), datetime.timedelta(hours=25), datetime.timedelta(seconds=3661.5)
str(datetime.timedelta(days=-1, hours=2)), datetime.timedelta(minutes=90) / datetime.timedelta(hours=1)
datetime.date(2024, 5, 17).strftime("%A, %B %d, %Y"), datetime.time(14, 30).strftime("%I:%M %p")
decimal.Decimal("0.1") + decimal.Decimal("0.2"), decimal.Decimal(0.1), decimal.Decimal("1.20") * 2, decimal.Decimal(10) / 4
decimal.Decimal("100").sqrt(), decimal.Decimal("2.5").quantize(decimal.Decimal("1")), round(decimal.Decimal("2.5")), round(decimal.Decimal("3.14159"), 2)
fractions.Fraction(0.1), fractions.Fraction(1, 3) + fractions.Fraction(1, 6), fractions.Fraction(5, 10), str(fractions.Fraction(4, 2))
json.dumps({"a": [1, 2, {"b": None}]}, indent=2), json.dumps(1.0), json.dumps("é"), json.dumps([True, None])
json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")), json.loads("[1.0, 1e2, -0, 1E+2]")
re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", "_", " a  b "), re.match(r"(\d+)-(\d+)", "10-20").groups()
re.split(r"\W+", "Hello, world! How are you?"), re.search(r"o", "foo").span(), re.fullmatch(r"a+", "aaa")
textwrap.wrap("The quick brown fox jumps over the lazy dog", 15), textwrap.dedent("  a\n  b")
struct.pack(">i", -2), struct.pack("<q", 1), struct.pack("3s", b"abcdef"), struct.pack("!H", 258)
'''
for line in exprs.strip().splitlines():
    try:
        r = eval(line)
        print(f"{line}\n   -> {r!r}")
    except BaseException as e:
        print(f"{line}\n   !! {type(e).__name__}: {e}")
