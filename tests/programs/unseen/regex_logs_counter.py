import re
from collections import Counter, defaultdict, OrderedDict, namedtuple

text = """2024-01-15 ERROR [db] Connection lost (code=503)
2024-01-15 INFO [web] Request served in 12.5ms
2024-01-16 WARNING [db] Slow query: 1534ms
2024-01-16 ERROR [auth] Invalid token for user=alice
2024-01-17 INFO [web] Request served in 8.25ms
"""
pat = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)")
levels = Counter()
by_mod = defaultdict(list)
for m in pat.finditer(text):
    levels[m.group("level")] += 1
    by_mod[m["mod"]].append(m.group("date"))
    print(m.span(), m.groupdict())
print(sorted(levels.items()))
print(levels.most_common(2))
print(dict(by_mod))
c2 = Counter(ERROR=1, DEBUG=4)
print(levels + c2, levels - c2, levels & c2, levels | c2)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(c2.total(), list(c2.elements()))
def repl(m):
    return str(float(m.group(1)) * 2) + m.group(2)
print(re.sub(r"(\d+(?:\.\d+)?)(ms)", repl, text))
print(re.subn(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "hello big world"))
print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"([,;])", "a,b;c", maxsplit=1))
print(re.findall(r"(\w)=(\w+)", "x=1 y=22 z=abc"))
print(re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1"))
m = re.search(r"(?i)error", "an ERROR here")
print(m, m.group(), m.start(), m.end())
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\g<w> at \2", "joe@example"))
print(re.escape("a.b*c?"))
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._asdict(), p._replace(y=5), Point._fields, Point._field_defaults)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, list(od))
print(od.popitem(), od.popitem(last=False))
try:
    re.compile("(abc")
except re.error as e:
    print("re.error:", e, e.pos)
print(re.compile(r"\d+", re.I | re.M))
print(repr(re.compile("a")), pat.groupindex["mod"], pat.groups)
