import re
p = re.compile(r"(?P<first>\w+) (?P<last>\w+)", re.I)
m = p.match("Isaac Newton, physicist")
print(p, p.pattern, p.flags, p.groups, p.groupindex, m, m.group(), m.group(0, 1, "last"), m[1], m["first"], m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(2), m.start("last"), m.regs, m.pos, m.endpos, m.re is p, m.string, m.lastindex, m.lastgroup)
print(m.expand(r"\2, \1 \g<first> \g<0>\n"), p.sub(r"\g<last> \1", "ab cd ef"), p.subn("X", "ab cd ef gh"), p.sub(lambda mm: mm.group(2).upper(), "ab cd"))
for bad in (lambda: m.group(3), lambda: m.group("nope"), lambda: m.start(5), lambda: p.sub(r"\3", "a b"), lambda: p.sub(r"\g<zz>", "a b"),
            lambda: p.sub(r"\q", "a b"), lambda: p.sub(r"\g<1", "a b"), lambda: re.sub("a", "\\", "a"), lambda: p.match(b"x"), lambda: re.compile(b"a").match("a"),
            lambda: re.match(3, "a"), lambda: re.match("a", 3), lambda: re.compile(p, re.I), lambda: re.sub("(a)", lambda m: 3, "a")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile("abc", re.S | re.X), re.compile(b"abc"), re.compile("x", re.A), re.compile("x" * 300).__repr__()[:30], len(repr(re.compile("y" * 300))))
print(repr(re.match("a" * 100, "a" * 100)))
print(re.compile(r"\d+").match("ab123cd45", 2), re.compile(r"\d+").match("ab123cd45", 2, 4), re.compile(r"^\d").search("a1", 1), re.compile(r"\d$").search("12a", 0, 2))
print(re.compile(r"\d").findall("1a2b3", 1, 4), list(re.compile(r"x*").finditer("axxb")), re.compile("a").fullmatch("ab", 0, 1))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."), re.split(r"\W+", "Words, words, words.", 1), re.split("x*", "axbc"), re.split(r"(a)|b", "xaybz"))
print(re.sub(r"(\d+)", r"[\1]", "a1b22"), re.sub("a", "b", "aaa", count=2), re.subn("a", "b", "aaa"), re.sub("", "-", "abc"), re.sub(r"\s*", "-", "a b"))
print(re.escape("a.b*c?d[e]f{g}h(i)j|k^l$m\\n+o p-q#r&s~t\tu"), re.escape(b"a.b"), re.purge())
print(re.findall(r"(\w)(\d)?", "a1b"), re.findall(rb"\w+", b"ab cd"), re.sub(rb"(b)", rb"[\1]", b"abc"), re.match(rb"(?i)AB", b"ab"), re.split(rb",", bytearray(b"a,b")))
print(re.I, re.M | re.S, re.A, re.NOFLAG, re.RegexFlag.IGNORECASE, ~re.I, re.I.value, int(re.X), str(re.I), re.I | 1024, type(re.I))
print(re.search(r"(?P<a>x)|(?P<b>y)", "y").lastgroup, re.search("(a)(b)", "ab").lastindex, re.search("((a)b)", "ab").lastindex, re.match("a", "a").lastindex)
sc = re.compile(r"\w+").scanner("ab cd"); print(sc.search(), sc.search(), sc.search())
print(m.__copy__() is m, re.compile("a") == re.compile("a"), hash(re.compile("a")) == hash(re.compile("a")), re.Pattern, re.Match, re.error)
print(sorted(re.__all__))
