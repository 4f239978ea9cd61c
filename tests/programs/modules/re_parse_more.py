# re's parser, part two: sets (ranges, negation, escapes, FutureWarnings), repeats and
# literal braces, groups of every kind, lookarounds, conditionals, inline/global flags,
# verbose mode, and their errors.
import re
import warnings

warnings.simplefilter("always")
import sys
sys.stderr = sys.stdout
subject = "aAbB-]^ 12 x{2} ab{,} aaa abab cAt  # q\n[x] z9_"
pats = [r"[a-c]+", r"[^a-z ]+", r"[]a]", r"[^]a]", r"[a-]", r"[-a]", r"[\d\s]+", r"[\w-]",
        r"[a\-z]", r"[.*+?]", r"[[x]", r"[a--b]", r"[a&&b]", r"[x||y]", r"[a~~b]",
        r"x{2}", r"x{,}", r"x{", r"x{a}", r"b{,2}", r"a{2,}", r"a{1,2}?", r"a{2}+", r"a*+",
        r"a++b", r"a?+", r"{2}", r"(?:ab)+", r"(?>a+)b", r"(?P<w>ab)(?P=w)", r"(?i)cat",
        r"c(?i:A)t", r"(?-i:a)", r"(?i)a(?-i:A)", r"(?a)\w+", r"(?s).+", r"(?m)^\w", r"(?x) a b # c",
        r"(?x)[ ]#", r"a(?=b)", r"a(?!b)", r"(?<=a)b", r"(?<!a)b", r"(?!)", r"(?=)",
        r"(a)?(?(1)b|c)", r"(?P<g>a)?(?(g)b|c)", r"(a)(?(1)b)", r"a|b|", r"|", r"()",
        r"(?#comment)a", r"(?x)a # comment\n b", r"\s*#", r"(?u)x", r"a{0}b", r"(a|ab)(c|bcd)"]
for p in pats:
    try:
        rx = re.compile(p)
        print(repr(p), rx.groups, [m.group() for m in rx.finditer(subject)][:5])
    except re.error as e:
        print(repr(p), "error:", e)
bad = [r"[z-a]", r"[\w-a]", r"[a-\d]", r"[a", r"[^", r"[a-", "x{3,1}", r"x{99999999999}",
       r"x{1,4294967295}", r"+", r"?", r"^*", r"a**", r"a*{2}", r"(?P", r"(?Px)", r"(?<x)",
       r"(?<", r"(?", r"(?z)", r"(?-", r"(?-z:a)", r"(?i-i:a)", r"(?a-u:x)", r"(?au)x",
       r"(?iL)x", r"(?-a:x)", r"(?t:x)", r"a(?i)", r"(?i", r"(?i-", r"(?#x", r"(?<=a+)b",
       r"(?<=a|bc)d", r"(a)(?(2)b)", r"(?(x)a)", r"(?(0)a)", r"(?(-1)a)", r"(?(a-b)x)",
       r"(a)(?(1)a|b|c)", r"(?(1)a", r"(?P=x)", r"(?P=1)", r"(?P<x>a)(?P<x>b)", r"((a)",
       r"a)", r"(?x)(?i)a", r"x(?x)y", r"(?(1a)x)"]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except (re.error, OverflowError) as e:
        print(repr(p), type(e).__name__, e)
print(re.compile(r"(?x) a  b  ", re.I).pattern, re.compile("(?x)a b").match("ab"))
print(re.compile(r"(?i)x").flags == re.I | re.U, re.compile(r"(?a)x").flags & re.A != 0)
print(re.findall(r"(?x) [ ] a", " a"), re.findall(r"(?x)\ a", " a"), re.findall("(?x)a#b\nc", "ac"))
try:
    re.match(r"(?(1)a|b)", "b")
except re.error as e:
    print("error:", e, e.pos)
