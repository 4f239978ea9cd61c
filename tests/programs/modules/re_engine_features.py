# Many pattern features at once, through every entry point of re (the native matcher).
import re


def show(label, value):
    print(label, repr(value))


def spans(pattern, text, flags=0):
    return [(m.span(), m.group(), m.lastindex) for m in re.finditer(pattern, text, flags)]


# groups, named groups, lastindex / lastgroup
m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", "2024-05-17 rest")
show("named", (m.groupdict(), m.groups(), m.lastindex, m.lastgroup, m.span("day"), m.regs))
m = re.match(r"(a)(b(c))?", "abx")
show("nested", (m.groups(), m.lastindex, m.span(3)))
m = re.match(r"((a)|b)+", "abab")
show("repeat groups", (m.groups(), m.lastindex, m.span(2)))
m = re.match(r"(?:(a)|(b))*", "ab")
show("alt groups", (m.groups(), m.lastindex))

# alternation order, greedy / lazy / possessive, counted repeats
show("alt order", re.match(r"a|ab|abc", "abc").group())
show("greedy", re.match(r"<.*>", "<a><b>").group())
show("lazy", re.match(r"<.*?>", "<a><b>").group())
show("lazy bounded", re.findall(r"a{2,3}?", "aaaaaaa"))
show("counted", re.findall(r"\d{2,4}", "1 12 123 12345 123456789"))
show("possessive", (re.match(r"a*+a", "aaa"), re.match(r"(?:ab)++c", "ababc").group()))
show("atomic", (re.match(r"(?>a|ab)c", "abc"), re.match(r"(?>ab|a)c", "abc").group()))
show("empty loop", re.match(r"(a*)*b", "aab").groups())
show("empty loop 2", re.match(r"(a|)*?b", "aab").groups())
show("nested quant", re.match(r"((ab)*c)*", "ababcabcc").groups())

# lookarounds
show("lookahead", re.findall(r"\w+(?=,)", "one, two, three"))
show("neg lookahead", re.findall(r"\b(?!th)\w+", "the cat then sat"))
show("lookbehind", re.findall(r"(?<=\$)\d+", "cost $12 and $345, not 9"))
show("neg lookbehind", re.findall(r"(?<!-)\b\d+", "5 -6 7 -8"))
show("look groups", re.match(r"(?=(\w+))\w", "hello").groups())
show("behind groups", re.search(r"(?<=(a)|(b))c", "bc").groups())
show("behind backref", (re.match(r"(a)a(?<=\1)c", "aac") is not None, re.match(r"(a)b(?<=\1)a", "abaa"),
                        re.match(r"(ab)c(?<!\1)d", "abcd").span()))
show("camel", re.sub(r"(?<!^)(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])", "_", "parseHTTPResponseCode"))

# backreferences and conditionals
show("backref", re.findall(r"\b(\w+) \1\b", "the the cat sat sat down"))
show("named backref", re.sub(r"(?P<c>[a-z])(?P=c)", r"<\g<c>>", "aabbcd"))
show("icase backref", re.match(r"(?i)(ab)\1", "abAB").group())
show("cond", [re.match(r"(<)?\w+(?(1)>|$)", s) is not None for s in ("<a>", "a", "<a", "a>")])
show("cond named", re.findall(r"(?P<q>')?\w+(?(q)')", "'x' y 'z"))

# flags
show("ignorecase", re.findall(r"[a-z]+", "Hello WORLD", re.I))
show("icase unicode", (re.match(r"(?i)\u00e9", "\u00c9") is not None,
                       re.match(r"(?i)k", "\u212a") is not None,
                       re.match(r"(?i)s", "\u017f") is not None,
                       re.match(r"(?ai)s", "\u017f") is not None))
show("icase casefix", (re.match(r"(?i)\u0412", "\u1c80") is not None,
                       re.match(r"(?i)[19\u0412]", "\u1c80") is not None,
                       re.match(r"(?i)[\u2129-\u212b]", "K") is not None,
                       re.findall(r"(?i)[\u1c80-\u1c88]+", "\u0432\u0412\ua64a\ua64b")))
show("icase set", re.findall(r"(?i)[^a-c]", "ABCDabcd"))
show("icase range", re.findall(r"(?i)[Q-T]+", "pqrstuPQRSTU"))
show("multiline", re.findall(r"^\w+$", "one\ntwo\nthree four\n", re.M))
show("dollar", (re.findall(r"\w$", "ab\ncd\n"), re.search(r"d$", "cd\n").span()))
show("dotall", (re.findall(r"a.b", "a\nb axb"), re.findall(r"a.b", "a\nb axb", re.S)))
show("verbose", re.match(r"""(?x) (\d+)  # digits
                                 \s* - \s*  (\d+)""", "12 - 34").groups())
show("scoped flags", re.findall(r"a(?i:b)c", "abc aBc ABC abC"))
show("ascii", (re.findall(r"\w+", "caf\u00e9 na\u00efve"), re.findall(r"\w+", "caf\u00e9 na\u00efve", re.A)))
show("unicode digits", (re.findall(r"\d+", "12\u0663\u0664 \u00b2"), re.findall(r"(?a)\d+", "12\u0663\u0664")))
show("spaces", re.split(r"\s+", "a\u3000b\x1cc\td"))
show("boundaries", (re.findall(r"\b\w", "\u00e9t\u00e9 hiver"), re.findall(r"(?a)\b\w", "\u00e9t\u00e9 hiver"),
                    re.findall(r"\Bo\B", "foo boo oo")))
show("empty boundaries", (re.search(r"\B", ""), re.search(r"\b", ""), re.search(r"\B", "a", 1),
                          re.compile(r"\B").search("ab", 0, 0)))
show("anchors", (re.findall(r"\A\w", "ab cd"), re.search(r"\w\Z", "ab cd\n"), re.search(r"\w\Z", "ab cd").span()))

# bytes patterns
show("bytes findall", re.findall(rb"[\x80-\xff]+|\w+", b"ab\xe9\xe8 cd_1"))
show("bytes icase", re.findall(rb"(?i)hello", b"HeLLo hello \xc9"))
show("bytes sub", re.sub(rb"(\d+)", rb"<\1>", bytearray(b"a12b3")))
show("bytes split", re.split(rb"[,;]", memoryview(b"a,b;c")))
class B(bytes):
    pass


class S(str):
    pass


show("subclasses", (re.sub(b"y", B(b"a"), B(b"xyz")), re.sub("y", S("a"), S("xyz")),
                    re.sub(b"y", bytearray(b"a"), bytearray(b"xyz")), re.findall(b":+", B(b"a::b"))))
show("bytes backref", re.match(rb"(.)\1", b"\xff\xff").span())

# sub templates and functions
show("template", re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>\n", "ada lovelace"))
show("template 0", re.sub(r"\w+", r"[\g<0>]", "a bc"))
show("template escapes", re.sub(r"x", r"\t\\\n", "axb"))
show("template unmatched", re.sub(r"(a)|(b)", r"1\1 2\2;", "ab"))
show("function", re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
show("function None", re.sub(r"\d", lambda m: None, "a1b2"))
show("subn count", re.subn(r"o", "0", "foo boo", count=3))
show("sub empty", re.sub(r"x*", "-", "abxd"))
show("sub empty 2", re.sub(r"(?:)", "|", "abc"))
show("sub nothing", re.subn(r"z", "y", "abc"))
calls = []
show("sub order", re.sub(r"\w", lambda m: calls.append(m.start()) or m.group().upper(), "a b c"))
show("calls", calls)
show("expand", re.match(r"(\w)(\w)", "xy").expand(r"\2\1\g<1>"))

# split with groups
show("split groups", re.split(r"(-)|(\+)", "1-2+3"))
show("split max", re.split(r"\W+", "a, b, c, d", maxsplit=2))
show("split empty", re.split(r"\b", "ab cd"))
show("split x*", re.split(r"x*", "axbc"))
show("split lookahead", re.split(r"(?=[A-Z])", "helloWorldFoo"))

# finditer spans, pos / endpos, findall shapes
show("finditer", spans(r"a*", "baaac"))
show("finditer groups", spans(r"(a)|(b)", "abc"))
p = re.compile(r"\d")
show("pos endpos", (p.findall("0123456", 2, 5), p.search("0123456", 5), p.match("0123456", 3, 3)))
show("fullmatch", (re.fullmatch(r"a|ab", "ab").span(), re.fullmatch(r"a*?", "aaa").span(),
                   p.fullmatch("12", 1), re.fullmatch(r"a+", "aab")))
show("findall shapes", (re.findall(r"(a)(b)?", "ab a"), re.findall(r"(?:a)(b)?", "ab a")))
show("caret pos", (re.compile(r"^a").search("ba", 1), re.compile(r"^a", re.M).search("b\na", 1)))
m = re.compile(r"(?P<w>\w+)").search("  hello  ", 1, 7)
show("match object", (m.pos, m.endpos, m.string, m.re.pattern, m[0], m["w"], m.start(1), m.end("w")))
show("repr", (m, re.match(b"ab", b"abc")))

# non-ASCII subjects: positions are characters
text = "h\u00e9llo w\u00f6rld \U0001f600 \u4e2d\u6587 x"
show("unicode spans", spans(r"\w+", text))
show("unicode sub", re.sub(r"[\u00e9\u00f6]", lambda m: m.group().upper(), text))
show("long unicode", len(re.findall(r"\w+", "\u00e9t\u00e9 " * 2000)))

# escape and errors with CPython's messages
show("escape", (re.escape("a.b*c?d[e]f $ ^g~"), re.escape(b"a.b\x00 ")))
for bad in [r"(", r"a)", r"[a-", r"a**", r"(?P<1>x)", r"(?<=a+)b", r"\1(a)", r"(?P=n)", r"a{2,1}", r"[z-a]", "\\"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error", repr(bad), e.msg, e.pos)
for call in [lambda: re.sub("a", lambda m: 1, "xax"), lambda: re.sub(b"a", lambda m: "x", b"a"),
             lambda: re.match(b"a", "a"), lambda: re.match("a", b"a"), lambda: re.sub("(a)", r"\2", "a"),
             lambda: re.sub("(a)", r"\g<x>", "a"), lambda: re.match("a", "a").group(2)]:
    try:
        call()
    except (TypeError, IndexError, re.error) as e:
        print(type(e).__name__, e)

# scanner, catastrophic-looking pattern that still finishes (sre's order)
sc = re.compile(r"\d+|\s+|[a-z]+").scanner("ab 12 cd")
print([sc.match().group() for _ in range(5)], sc.match())
show("backtrack", re.match(r"(a+)+b", "a" * 18 + "c"))
show("deep", len(re.match(r"(?:a|b)*c", "ab" * 20000 + "c").group()))
