# find/rfind/index/count/startswith/endswith with start and end on long strings whose
# characters take 1-4 bytes in UTF-8: positions are characters, not bytes.
s = "héllo wörld 한국어 🐍 " * 400
n = len(s)
print(n)
i = 0
hits = []
while True:
    j = s.find("ö", i)
    if j < 0:
        break
    if s.startswith("örld", j):
        hits.append(j)
    i = j + 1
print(len(hits), hits[:3], hits[-3:])
for start, end in [(0, None), (5, 50), (100, 90), (-30, None), (n - 3, n + 10), (n, None),
                   (63, 64), (64, 129), (-n - 5, 7), (4000, 4100)]:
    print(start, end,
          s.find("한", start, end), s.rfind("한", start, end),
          s.find("🐍", start, end), s.rfind(" ", start, end),
          s.count("l", start, end), s.count("", start, end),
          s.startswith("é", start, end), s.startswith(("x", "wö", "🐍"), start, end),
          s.endswith(" ", start, end), s.endswith(("국어 ", "🐍 "), start, end))
try:
    s.index("zzz", 10, 2000)
except ValueError as e:
    print("ValueError:", e)
print(s.rindex("w", 0, 30), s.index("🐍", 1000))

# count() at the edges of short strings, the empty substring included
for s in ["", "abc", "héllo", "aaaa"]:
    for sub in ["", "a", "l", "aa"]:
        print([s.count(sub, st, en) for st in (-10, -1, 0, 1, 2, 5, 9) for en in (None, -1, 0, 2, 4, 20)])
