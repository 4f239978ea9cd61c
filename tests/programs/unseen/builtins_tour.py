"""A tour of builtins, str/list/dict/set methods, formatting and math in one-liners."""
import sys, math, itertools, functools, operator, collections, string, re, json
print("x".join([]), "abc".split("", 1) if False else "", "a\tb\nc".splitlines(keepends=True), "ab".partition("z"))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "ß".upper(), "İ".lower(), "ﬁ".upper(), "Straße".casefold())
print("%.3s|%5.1s|" % ("abcdef", "xyz"), "{:^+8.2f}".format(-1.5), "{:#010b}".format(5), "{!a}".format("é"))
print(str(b"x", "utf-8"), "{0.__class__.__name__}".format(1), "{:%Y}".format(__import__("datetime").date(2020,1,1)))
print(int.from_bytes(b"\xff", "big", signed=True), (5).to_bytes(), (1).__round__(), round(5, -1), round(15, -1), round(25, -1))
print(sorted({"b": 1, "a": 2}.items(), key=operator.itemgetter(1)), list(itertools.accumulate("abc")))
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, 2 ** 100 % 7, pow(10, 20, 7), (-3) ** 2, -3 ** 2)
print(max(1, 2, key=lambda x: -x), min([], default="empty"), max("abc", "abd"), sum([[1], [2]], []))
print(list(map(pow, [2, 3], [3, 2])), list(zip("ab", "cd", "ef")), dict.fromkeys("ab", 0), [*"hi", *range(2)])
print(isinstance(True, int), issubclass(bool, int), type(1) is int, callable(len), callable(1), id(1) == id(1))
print(repr(1e16), repr(1.0), repr(-0.0), repr(1e-320), 1.7976931348623157e308 * 10, float("1e500"), int(float("1e18")))
print(hash(1.5) == hash(1.5), hash(-1), hash(-2), hash(0.0), hash(float("inf")), hash(2**61), hash(2**61 - 1))
print(chr(0x1F600), "\u00e9".encode("utf-8"), len("e\u0301"), "a" < "b" < "c", "10" < "9", [1, 2] == [1, 2.0])
print(list(reversed(sorted("banana"))), "banana".count("an"), "banana".replace("a", "A", 2), "x".center(6, "-"))
print(f"{'nested {x}'}", f"{{}}", f"{3!r:>4}", f"{'a' 'b'}", f"{1+1=}", f"{[1,2][0]}", f"{ {'k': 1}['k'] }")
print(bool(0.0), bool(0j), bool(float("nan")), not [], [] or "default", 0 and 1, None or 0 or "", 5 if [] else 6)
a = [1, 2, 3, 4, 5]
a[1:3] = [9]
a[::2] = ["x"] * len(a[::2])
print(a, a.index(9), a[-2:], a[:-10], a[10:])
del a[0]
print(a, a * 2, a + [0], [0] * 3, [[]] * 2)
s = {3, 1, 2}
print(s, sorted(s), s - {1}, s.union([5]), s.intersection(range(3)), s.symmetric_difference({9}))
d = {1: "a"}
d.update([(2, "b")], three="c")
print(d, d.get(5, "no"), list(d.items())[-1], d.popitem(), d, {**d, 1: "z"})
print(collections.Counter("hello world").most_common(3), collections.defaultdict(int, a=1))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a b"), re.findall(r"(\w)(\d)", "a1 b2"), re.split(r"\s+", " a  b "))
print(json.dumps({"a": [1, 2]}, indent=None), json.dumps("é"), json.dumps(1e20), json.dumps(0.1), json.dumps(-0.0))
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3), math.fmod(-7, 3), math.modf(2.5), math.frexp(8.0))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.exp(1), math.log(math.e), math.log2(1024), math.pow(2, 10))
print(sys.getrecursionlimit(), sys.maxsize == 2**63 - 1, sys.version_info >= (3, 12), sys.argv[0].endswith(".py"))
print(string.ascii_uppercase[:5], string.hexdigits, string.whitespace == " \t\n\r\x0b\x0c", string.octdigits)
print(functools.reduce(operator.add, [1, 2, 3]), operator.mul(3, 4), operator.neg(5), operator.contains([1], 1), operator.getitem("ab", 1))
print(list(itertools.chain(*[[1], [2, 3]])), list(itertools.starmap(operator.mul, [(2, 3)])), next(itertools.count(5, 5)))
print(type(...), ..., type(NotImplemented), Ellipsis is ..., slice(1, 2), slice(None), range(0, 10, 2)[::2])
x = 5
print(f"{x:{'>' if x else '<'}{x}}", f"{x:0{x}d}", "%*d|%-*d" % (4, 1, 3, 2), "%.*f" % (2, 3.14159))
print(abs(-5), abs(-2.5), abs(3+4j), ~5, 5 ^ 3, 5 | 2, 5 & 4, 1 << 70, -1 >> 1, 7 >> 1)
print(int("  -0b101  ".strip(), 0), int("1" * 5, 2), float.hex(1.0), (1.5).is_integer(), (10).bit_length(), int.bit_count(255))
print(str(True), repr(None), str([None, True]), format(None, ""), format(3, ""), "%s %r" % (True, "q"), ascii("ü"))
