import re, textwrap
from collections import Counter
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
words = re.findall(r"[a-z']+", text.lower())
freq = Counter(words)
for w, n in freq.most_common(5):
    print(f"{w:>8} {n:2d} {'*' * n}")
print(len(words), len(set(words)), sum(len(w) for w in words) / len(words))
sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
caps = re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world")
print(caps, "hello big world".title())
def slugify(s):
    s = re.sub(r"[^\w\s-]", "", s.lower())
    return re.sub(r"[-\s]+", "-", s).strip("-")
print(slugify("  Hello, World! This -- is   a Test "), slugify("Ünïcode Tëxt ok"))
camel = "parseHTTPResponseCode"
print(re.sub(r"(?<!^)(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])", "_", camel).lower())
print("_".join(w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?=[A-Z]|$)", camel)))
emails = "contact: a.b@ex.com, bad@, x_y@mail.co.uk; z@z"
print(re.findall(r"[\w.]+@[\w]+(?:\.[\w]+)+", emails))
print(textwrap.fill(text.replace("\n", " "), 50, break_long_words=False))
table = [("name", "qty", "price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25)]
w0 = max(len(str(r[0])) for r in table)
for r in table:
    print(f"{r[0]:<{w0}} {r[1]!s:>4} {r[2]!s:>6}")
print("|".join(s.center(7) for s in ["a", "bb", "ccc"]))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello".translate(rot13), "uryyb".translate(rot13))
print(re.sub(r"(\d)(?=(\d{3})+$)", r"\1,", "1234567"), f"{1234567:,}")
def wrap_para(p, width):
    lines, cur = [], ""
    for w in p.split():
        if len(cur) + len(w) + (1 if cur else 0) > width:
            lines.append(cur); cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return lines + [cur]
print(wrap_para("the quick brown fox jumps over the lazy dog", 12))
print(re.sub(r"\s+", " ", "  many   spaces\there ").strip(), " ".join("  x  y ".split()))
print(re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>[^;]+)").findall("a = 1; b=two ;c= 3 "))
print(dict(re.findall(r"(\w+)=(\S+)", "k1=v1 k2=v2")), re.sub(r"\$(\w+)", lambda m: {"x": "10"}.get(m.group(1), m.group(0)), "$x + $y"))
print([m.start() for m in re.finditer("ab", "abcabcab")], "abcabcab".count("ab"), re.search(r"\d+$", "abc123").group())
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d"), re.findall(r"\b[A-Z]{2,}\b", "NASA and FBI met the CEO"))
