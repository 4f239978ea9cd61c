import csv, io, textwrap, string, pprint
from pathlib import PurePosixPath, PurePath
raw = 'name,qty,price\n"Smith, J",3,1.50\nDoe,10,"2,000"\n"Quote ""q""",1,0\n'
rows = list(csv.reader(io.StringIO(raw)))
print(rows)
for r in csv.DictReader(io.StringIO(raw)):
    print(r)
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["a", 1, 2.5, None, 'he said "hi"'])
w = csv.writer(out, delimiter=";", lineterminator="\n")
w.writerows([["x;y", "z"], ["", "new\nline"]])
dw = csv.DictWriter(out, fieldnames=["k", "v"], extrasaction="ignore")
dw.writeheader(); dw.writerow({"k": 1, "v": 2, "zz": 3})
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"b": 1})
except ValueError as e:
    print("ValueError:", e)
print(list(csv.reader(["a\tb", "c\td"], delimiter="\t")), csv.list_dialects()[:0])
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.read(3), s.tell(), s.readlines(), s.seek(0), s.read())
t = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(t, width=30))
print(textwrap.wrap(t, 40)[:2], textwrap.shorten(t, width=40, placeholder=" [...]"))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.dedent("    x\n      y\n    z"))
print(textwrap.fill("averyveryverylongwordthatwontfit here", width=10))
tpl = string.Template("$who likes ${what}s, costs $$5")
print(tpl.substitute(who="Tim", what="apple"), tpl.safe_substitute(who="Ann"))
try:
    tpl.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.ascii_letters[:10], string.digits, string.punctuation, string.capwords("hello   wORLD foo"))
p = PurePosixPath("/usr/local/lib/python3.12/site.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, list(p.parents)[:2])
print(p.with_suffix(".zip"), p.with_name("x.py"), p.relative_to("/usr"), p.is_absolute(), p.match("*.gz"))
print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a//b/./c"), PurePath("x", "y"), repr(PurePosixPath("q")))
try:
    p.relative_to("/opt")
except ValueError as e:
    print("ValueError:", e)
data = {"users": [{"name": "alice", "roles": ["admin", "dev"], "meta": {"age": 31, "langs": list(range(12))}},
                  {"name": "bob", "roles": [], "meta": {}}], "count": 2, "tuple": (1, 2, (3, 4)), "long": "x" * 70}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat({"b": 1, "a": [1, 2]}, sort_dicts=False), pprint.pformat(list(range(30)), compact=True, width=50))
print("  Hello World  ".strip().lower().replace("world", "there").center(20, "*"))
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="), "a\nb\r\nc".splitlines(True))
print("hello".title(), "Hello".swapcase(), "ß".upper(), "ǅ".casefold(), "tab\there".expandtabs(4), "42".zfill(5), "-42".zfill(5))
print("abc".startswith(("x", "a")), "file.py".endswith(".py", 0, 7), "banana".count("an"), "banana".rfind("an"), "banana".index("n"))
print("x".join(["1", "2", "3"]), "abc".translate(str.maketrans("ab", "xy", "c")), "  x ".lstrip(), "xxhixx".strip("x"))
print("Hello".removeprefix("He"), "test.txt".removesuffix(".txt"), "AbC".isupper(), "123".isdigit(), "١٢".isdecimal(), "a1".isalnum(), " ".isspace(), "Ab Cd".istitle())
print("{:>6}|{:<6}|{:^6}".format("ab", "cd", "ef"), "%-10s|" % "hi", "abc"[::-1], "abcdef"[1:5:2], ord("€"), chr(0x1F600).encode("utf-8"))
