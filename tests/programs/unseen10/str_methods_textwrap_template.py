import string, textwrap

words = ["Straße", "STRASSE", "ﬁle", "FILE", "İstanbul", "ǅemal"]
for w in words:
    print(w, w.lower(), w.upper(), w.casefold(), w.title(), w.swapcase(), len(w.casefold()))
print("Straße".casefold() == "STRASSE".casefold())

for s in ["key=value=more", "novalue", "=lead", "trail="]:
    print(s.partition("="), s.rpartition("="))

tabbed = "a\tbb\tccc\tdddd\n\tx\ty"
for n in (0, 1, 4, 8):
    print(repr(tabbed.expandtabs(n)))

table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), sorted(table.items()))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print("abcabc".translate(t2))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(e)
print("hello".translate({104: 72, 101: None}))

for v in ["42", "-42", "+7", "", "abc", "-"]:
    print(repr(v.zfill(5)))

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age} in {city}".format_map(Default(name="Ann", age=30)))
try:
    "{x}".format_map({})
except KeyError as e:
    print("KeyError", e)

for w, f in [(11, "*"), (10, "-"), (2, "#"), (7, " ")]:
    print("[" + "mid".center(w, f) + "]", "[" + "mid".ljust(w, f) + "]", "[" + "mid".rjust(w, f) + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)

print("  lots   of   space ".split(), "a,b,,c".split(","), "a b c".split(None, 1), "a b c".rsplit(None, 1))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\n\ny\n".splitlines(True))
print("Hello World".removeprefix("Hello "), "file.tar.gz".removesuffix(".gz"))
print("abc".isidentifier(), "1abc".isidentifier(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("Hello, World!".count("o"), "aaaa".count("aa"), "abc".find("z"), "abcabc".rfind("b"), "abc".index("c"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print("%-10s|%5.2f|%+d|%x|%o|%e|%r" % ("left", 3.14159, 5, 255, 8, 12345.678, "q"))
print("tHIS is a TEST of 'title' cases, e.g. o'neil".title(), "hello world".capitalize())
print(" ".join(reversed("one two three".split())), "-".join("abc"))

# textwrap
para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(para, width=30))
print(textwrap.wrap(para, 25, initial_indent="* ", subsequent_indent="  ")[:3])
print(textwrap.shorten(para, width=40, placeholder=" [...]"))
print(textwrap.indent("a\n\nb\n", "> "))
print(textwrap.indent("a\n\nb\n", "> ", lambda l: True))
print(repr(textwrap.dedent("""\
    def f():
        return 1
    """)))
w = textwrap.TextWrapper(width=12, break_long_words=True, max_lines=3, placeholder="~")
print(w.wrap("supercalifragilisticexpialidocious is a long word indeed"))

# Template
T = string.Template("$who likes ${what}s; $$5 for $who")
print(T.substitute(who="tim", what="apple"))
print(T.safe_substitute(who="tim"))
try:
    T.substitute(who="tim")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(T.get_identifiers(), T.is_valid())
class MyT(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(MyT("%name has %%%count").safe_substitute(name="x"))
print(string.capwords("hello   world  foo"), string.ascii_letters[:5], string.punctuation)
fmt = string.Formatter()
print(fmt.format("{0:>{1}}|{x!r}", "hi", 6, x=[1]))
print(list(fmt.parse("a{0}b{x:>3}c{{}}")))
