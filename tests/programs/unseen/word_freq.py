"""Word frequency and text statistics: str methods, Counter, defaultdict, sorting."""
import re
import string
from collections import Counter, defaultdict, OrderedDict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
counts = Counter(words)
print(counts.most_common(5))
print(counts["was"], counts["missing"])
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8])

by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(f"{n:2d}: {', '.join(by_len[n])}")

print(re.findall(r"\b[A-Z]\w+", TEXT))
print(re.sub(r"(\w+) of (\w+)", r"\2's \1", "the age of wisdom, the epoch of belief"))
print(re.split(r"[,.]\s*", TEXT.replace("\n", " "))[:4])
m = re.search(r"season of (?P<what>\w+)", TEXT)
print(m.group("what"), m.span(), m.groupdict())

lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:>3}|{line[:30]:<30}|{len(line):4}")

print(TEXT.count("it was"), TEXT.find("worst"), TEXT.rfind("was"), TEXT.index("age"))
print("best".center(12, "*"), "x".ljust(4, "-"), "y".rjust(4, "."), "42".zfill(6), "-7".zfill(4))
print("Hello World".swapcase(), "hello world".title(), "ABC".casefold(), "  pad  ".strip())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "k=v=w".partition("="))
print("tab\there".expandtabs(8), repr("line\n".rstrip("\n")), "abc".startswith(("x", "a")))
print("-".join(reversed("stressed")), "racecar" == "racecar"[::-1])
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345))
print("{0} {1} {0}".format("a", "b"), "{name:^9}|".format(name="mid"), "{:08.3f}".format(-3.14159))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("isdigit", "123".isdigit(), "12a".isalnum(), "   ".isspace(), "Ab".isupper(), "title Case".istitle())
od = OrderedDict.fromkeys("hello")
od.move_to_end("h")
print(od, list(od))
c2 = Counter("mississippi")
print(c2, c2 + Counter("sip"), c2 - Counter("ss"), c2 & Counter("pp"), sorted(c2.elements()))
print(c2.total(), +Counter(a=-1, b=2))
