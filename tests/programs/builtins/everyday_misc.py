# everyday builtins: dict order after deletes, KeyError reprs, int/bytes helpers, slicing, collections, formatting, json
d = {}
for i in range(20): d[i] = i
for i in range(0, 20, 2): del d[i]
d[100] = 1; d[2] = 2
print(d, list(d.keys())[:3])
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {}[("a", 1)]
except KeyError as e:
    print(repr(e), str(e))
print(int.__name__, (5).__class__, (255).to_bytes(2, "big"), int.from_bytes(b"\xff\x00", "little", signed=True))
print((10).bit_count(), (3.5).hex(), (-7) // 2, (-7) % 2, 7 // -2.0, round(-1.5), round(0.5), round(1.5))
print(list(range(0)), range(3)[1], range(0, 10, 3)[-1], list(range(5))[::-2], len(range(-5, 5, 3)))
print(str(b"abc"), repr(bytearray(b"x")), bytes(3), bytes("é", "utf-8"), b"abc".hex(), bytes.fromhex("61 62"))
a = [1, 2, 3, 4, 5]
a[1:3] = [9]; print(a); a[::2] = [0, 0]; print(a); del a[:2]; print(a); a[len(a):] = [7]; print(a)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], (1, 2) == [1, 2], "a" < "b" < "c", 1 < 2 > 0)
import collections
c = collections.Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:4])
dd = collections.defaultdict(list); dd["x"].append(1); print(dd, dict(dd))
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od))
dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); dq.appendleft(0); print(dq, dq.pop(), dq.popleft())
Pt = collections.namedtuple("Pt", "x y"); pt = Pt(1, y=2); print(pt, pt.x, pt._asdict(), pt._replace(x=5), Pt._fields)
print(isinstance(True, int), type(True) is bool, bool.__name__, True.__repr__(), True + 0.5, f"{True:d}", f"{True}")
print("%s %r" % (True, None), "{0!r:>6}".format(1.0), "{:.0f}".format(0.5), "{:.0f}".format(1.5), "{:g}".format(100000000.0))
print(f"{12345.6789:,.2f}", f"{-0.0:.1f}", f"{1e300*1e10}", f"{2**64:,}", f"{0.000012345:.3e}", f"{123:08b}", f"{3.14159:.3}")
print("abc".center(10).replace(" ", "."), "x".rjust(0), "%-10s|" % "hi", "%+.2e" % 12345.678, "%c%c" % (72, "i"))
import string
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:5], string.capwords("hello world"))
print(divmod(-7, 2), pow(2, -1), pow(-2, 3), 2 ** 100, -2 ** 2, (-2) ** 2, 10 ** -2, 0 ** 0, 0.0 ** 0)
print(abs(-0.0), max(-0.0, 0.0), min(0.0, -0.0), float("-0"), -0.0 == 0.0, hash(-0.0) == hash(0.0))
print(list(map(lambda x, y: x + y, [1, 2], [3, 4])), list(zip(*[(1, 2), (3, 4)])), dict(enumerate("ab")))
print(sum([1.5, 2.5]), sum(range(10), 100), sum([0.1] * 3), any(x > 2 for x in [1, 3]), all(x for x in []))
print(isinstance(1, (str, int)), issubclass(bool, (str, int)), callable(len), callable(1), id(1) == id(1))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1], reverse=True), next(iter({}), "empty"))
s = "Hello"
print(s[0], s[-1], s[1:-1], s[::-1], s * 0, s + "!", "ll" in s, s.index("l"), s.lower().count("l"))
print(ascii("héllo"), repr("\u2603"), "\u2603".encode("utf-8"), "snow\N{SNOWMAN}", len("\U0001F600"), "é".isalpha())
print(chr(0x1F600), ord("€"), "€".encode(), "a\u0301" == "á", "ǅ".upper(), "ﬁ".upper(), "İstanbul".lower())
import json
print(json.dumps({"a": [1, 2.5, None, True], "b": "é"}), json.dumps([1, 2], indent=2), json.loads('{"x": [1, {"y": null}]}'))
