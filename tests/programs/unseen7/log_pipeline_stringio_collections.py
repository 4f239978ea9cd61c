import io
import csv
import sys
from collections import Counter, defaultdict, deque, ChainMap

DATA = """\
# server log
2024-01-03 10:00:01 INFO  user=alice action=login ms=120
2024-01-03 10:00:05 WARN  user=bob action=login ms=950
2024-01-03 10:01:00 INFO  user=alice action=view ms=30

2024-01-03 10:02:10 ERROR user=carol action=pay ms=3000
2024-01-03 10:02:11 INFO  user=bob action=view ms=45
malformed line here
2024-01-03 10:03:00 INFO  user=alice action=logout ms=5
"""

def read_lines(f):
    for lineno, line in enumerate(f, 1):
        yield lineno, line.rstrip("\n")

def skip_comments(lines):
    for n, line in lines:
        if line and not line.startswith("#"):
            yield n, line

def parse(lines):
    for n, line in lines:
        parts = line.split()
        try:
            date, time, level, *kvs = parts
            fields = dict(kv.split("=", 1) for kv in kvs)
            fields["ms"] = int(fields["ms"])
        except (ValueError, KeyError) as e:
            print(f"line {n}: skipped ({type(e).__name__}: {e})", file=sys.stderr)
            continue
        yield {"date": date, "time": time, "level": level, **fields}

def window(it, size):
    d = deque(maxlen=size)
    for x in it:
        d.append(x)
        if len(d) == size:
            yield tuple(d)

records = list(parse(skip_comments(read_lines(io.StringIO(DATA)))))
print(len(records))
levels = Counter(r["level"] for r in records)
print(levels, levels.most_common(1), levels["DEBUG"])
per_user = defaultdict(list)
for r in records:
    per_user[r["user"]].append(r["ms"])
print(dict(per_user))
print(sorted(per_user.items(), key=lambda kv: sum(kv[1]), reverse=True))
for w in window((r["ms"] for r in records), 3):
    print(w, sum(w) / len(w))
c2 = Counter("mississippi")
print(c2, c2 + Counter("sip"), c2 - Counter("ssss"), c2 & Counter("ppp"), c2 | Counter("zz"))
print(sorted(c2.elements()), c2.total(), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c2.subtract("iii")
print(c2)
print(repr(Counter()), Counter(a=1) == Counter(a=1, b=0))
defaults = {"color": "red", "size": 1}
cm = ChainMap({}, {"size": 3}, defaults)
cm["color"] = "blue"
print(cm, cm["size"], len(cm), sorted(cm), cm.maps[0])
child = cm.new_child({"x": 9})
print(child.parents == cm, "x" in child, child.get("nope", "dflt"))
d = deque(range(10), maxlen=5)
d.rotate(2)
print(d, d.maxlen)
d.extendleft("ab")
print(d, d.index(8), d.count(8))
d.appendleft(None)
print(d, d[0], d[-1])
try:
    d.remove(100)
except ValueError as e:
    print(e)
dd = defaultdict(lambda: "?", a=1)
print(dd["b"], dd, repr(defaultdict(int)))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["user", "action", "ms"], extrasaction="ignore")
w.writeheader()
w.writerows(records)
print(out.getvalue(), end="")
out.seek(0)
print([row["ms"] for row in csv.DictReader(out)])
buf = io.StringIO("a\nb\r\nc")
print(buf.readlines(), buf.tell(), buf.read())
