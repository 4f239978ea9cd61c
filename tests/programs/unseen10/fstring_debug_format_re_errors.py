import re
x, y = 3, "hi"
print(f"{x=}", f"{x = }", f"{y=!r:>6}", f"{x*2=:05}", f"{'a' 'b'=}", f"{x!a}", f"{{x}}", f"{x:{'>'}{4}}")
print("{0[1]} {1.real} {k[a]}".format([1, 2], 3j, k={"a": 5}), "{:{}}".format("z", 3), "{!r:^9}".format("q"))
for bad in ["{", "}", "{0", "{0!x}", "{:d}", "{a.}", "{0[}", "{1}", "{x}", "{0:{1:{2}}}"]:
    try:
        print(bad.format(1.5))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
for pat in ["a{2,1}", "(?P<a>x)(?P=b)", "[z-a]", "(?i", "x++", "(?<!a*)b", "\\", "[]", "(?#unterminated", "a|*", "(?z)", "\\k<x>", "(?P<>a)", "(?P<a>a)(?P<a>b)", "{", "x{1,2}{3}", "a{,}", "\\8", "(?(1)a|b|c)", "[\\d-z]", "\\N{NOT A NAME}", "(?P<n>a)(?(n)b)"]:
    try:
        re.compile(pat)
        print(repr(pat), "ok")
    except re.error as e:
        print(repr(pat), "error:", e)
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@site.com, ann@web.com"))
print(re.sub(r"\s+", " ", "  a \t b\n\nc  ").strip(), re.sub(r"(?m)^", "> ", "l1\nl2"))
print(re.findall(r"(\d+)-(\d+)?", "1-2 3- 4-5"), re.findall(r"\b\w", "hi there"), re.findall("", "ab"))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "on 2024-03-09")
print(m.group("y", "m"), m.start("m"), m.regs, m.re.groupindex, m[0], repr(m.lastgroup))
sc = re.compile(r"(?P<num>\d+)|(?P<op>[+*/-])|(?P<ws>\s+)|(?P<bad>.)")
print([(mo.lastgroup, mo.group()) for mo in sc.finditer("12 + 3*x")])
print(re.split(r"(?=[A-Z])", "splitCamelCaseWords"), re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseName").lower())
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.fullmatch(r"(?:\d{3}-){2}\d{4}", "555-123-4567") is not None)
print(repr(re.compile(r"(?x) a b # comment")), re.compile("a", re.I | re.S | re.M | re.X).flags & 0xff)
print(re.purge(), re.compile(r"\w+", re.A).findall("café naïve"), re.findall(r"\w+", "café naïve"))
print(re.sub(r"a", lambda m: m.group().upper() * 2, "banana", count=2), re.escape("1+1=2?"), re.subn("x", "-", "xaxbx"))
try:
    re.compile("a").sub(r"\g<1>", "a")
except re.error as e:
    print("sub error:", e)
try:
    re.findall(r"(a)", "a", flags=re.I, foo=1)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(1)
except TypeError as e:
    print("TypeError:", e)
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError:", e)
