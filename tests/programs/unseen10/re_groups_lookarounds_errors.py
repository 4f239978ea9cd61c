import re

log = """2024-01-05 10:22:01 INFO  user=alice action=login ip=10.0.0.1
2024-01-05 10:23:17 WARN  user=bob action=fail ip=10.0.0.2
2024-01-05 10:24:00 ERROR user=alice action=crash ip=10.0.0.1
bad line here
2024-01-06 08:00:00 INFO  user=carol action=login ip=192.168.1.20"""

LINE = re.compile(r"""
    (?P<date>\d{4}-\d{2}-\d{2})\s+
    (?P<time>\d{2}:\d{2}:\d{2})\s+
    (?P<level>[A-Z]+)\s+
    (?P<rest>.*)
""", re.VERBOSE)

for line in log.splitlines():
    m = LINE.match(line)
    if not m:
        print("no match:", repr(line))
        continue
    print(m.group("date"), m["level"], m.span("rest"), m.groupdict()["time"])
    kv = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
    print("  ", sorted(kv.items()))
    print("  ", m.groups()[:2], m.lastgroup, m.lastindex)

m = LINE.match(log)
print(repr(m))
print(m.re.pattern.count("\n"), m.pos, m.endpos, m.string[:10])
print(m.expand(r"\g<level> on \1 at \g<2>"))

# lookarounds
text = "price: $100, cost: $250, tax 15%, $7.5"
print(re.findall(r"(?<=\$)\d+(?:\.\d+)?", text))
print(re.findall(r"\d+(?=%)", text))
print(re.findall(r"\b(?<!\$)\d+\b(?!%)", text))
print(re.sub(r"(?<=\d)(?=(\d{3})+\b)", ",", "1234567 and 9876543210"))

# sub with functions
def upper_word(m):
    return m.group(0).upper() if len(m.group(0)) > 3 else m.group(0)
print(re.sub(r"\w+", upper_word, "the quick brown fox jumps"))
print(re.subn(r"(\w)(\w*)", lambda m: m[2] + m[1] + "ay", "hello world pig"))
print(re.sub(r"(?P<a>\d)-(?P<b>\d)", r"\g<b>-\g<a>", "1-2 3-4 5-6", count=2))
print(re.sub("", "-", "abc"))
print(re.sub(r"x*", "-", "abxd"))

# split
print(re.split(r"[,;]\s*", "a, b;c,   d"))
print(re.split(r"([,;])", "a,b;c"))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"\b", "a b"))
print(re.split(r"(x)|(y)", "1x2y3"))

# finditer and flags
for m in re.finditer(r"^(\w+):", "Name: x\nage: 3\nCITY: y", re.M | re.I):
    print(m.start(), m.end(), m.group(1))
print(re.findall(r"a.c", "abc\na\nc", re.S))
print(re.fullmatch(r"[a-z]+", "abc123"), bool(re.fullmatch(r"[a-z]+\d+", "abc123")))
print(re.search(r"(?i)HELLO", "say hello"))
print(re.compile(r"\d+", re.I | re.M))
print(re.compile(r"x", re.X | re.A).flags)
print(re.escape("a.b*c?(d) e-f"))
p = re.compile(r"(a)(b)?")
m = p.match("a")
print(m.groups(), m.groups("none"), m.group(0, 1, 2), m.span(2))

# bad patterns
for bad in ["(abc", "abc)", "[a-", "a{2,1}", "(?P<1x>a)", "*a", r"\1(a)", "(?<=a+)b", "(?P<n>a)(?P<n>b)", r"\p", "a**"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(f"{bad!r}: {e} | pos={e.pos} lineno={e.lineno} colno={e.colno}")

try:
    re.compile("(a\nb")
except re.error as e:
    print(e, e.lineno, e.colno)

try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("sub:", e)
try:
    re.sub(r"(a)", r"\g<x>", "a")
except (re.error, IndexError) as e:
    print("sub:", type(e).__name__, e)
