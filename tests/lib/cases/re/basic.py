import re
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
cases = [
    (r"abc", "xxabcxx"), (r"a.c", "abc a\nc"), (r"^abc$", "abc"), (r"^b", "ab\nb"), (r"(?m)^b", "ab\nb"),
    (r"a$", "a\n"), (r"a\Z", "a\n"), (r"(?m)a$", "a\nb"), (r"\Aa", "aa"), (r"a*", "aaab"), (r"a*?b", "aaab"),
    (r"a+", "baaac"), (r"a+?", "aaa"), (r"a?a", "a"), (r"a{2}", "aaaa"), (r"a{2,3}", "aaaa"), (r"a{2,}", "aaaaa"),
    (r"a{,2}", "aaa"), (r"a{2,3}?", "aaaa"), (r"(ab)+", "ababab"), (r"(a|b)*c", "abbac"), (r"(a*)*b", "aab"),
    (r"(a*)+b", "b"), (r"(a|)+b", "aab"), (r"(?:a|ab)(c|bcd)(d*)", "abcd"), (r"\d+\.\d*", "pi 3.14159!"),
    (r"\w+@\w+\.com", "mail bob@example.com now"), (r"\s+", "a \t\n b"), (r"[a-c]+", "xxabcabcyy"), (r"[^a-c]+", "abcxyzabc"),
    (r"[\d\s]+", "ab 12 3 cd"), (r"[]a]+", "a]a]b"), (r"[a-]+", "a-a-b"), (r"[\]]", "]"), (r"[.]", "a.b"),
    (r"(?i)hello", "HeLLo world"), (r"(?i)[a-z]+", "ABCdef123"), (r"(?i)straße", "STRASSE straße STRAßE"),
    (r"(\w)\1", "abccd"), (r"(?P<x>\w)(?P=x)", "xyzzy"), (r"(?i)(a)\1", "aA"), (r"(a)(b)?", "ac"),
    (r"(?=abc)a", "xabc"), (r"a(?!b)", "abac"), (r"(?<=a)b", "ab cb"), (r"(?<!a)b", "ab cb"), (r"(?<=ab|cd)e", "abe cde xe"),
    (r"\bfoo\b", "foo foobar (foo)"), (r"\Bo\B", "foo"), (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaa"), (r"a++b", "aab"), (r"a*+a", "aaa"),
    (r"(a)?(?(1)b|c)", "ab c"), (r"(?P<q>')?x(?(q)')", "'x' x"), (r"x(?#comment)y", "xy"), (r"(?x) a b c # hi", "abc"),
    (r"(?s).+", "a\nb"), (r".+", "a\nb"), (r"(?a)\w+", "héllo"), (r"\w+", "héllo wörld"), (r"\d+", "١٢٣ 456"),
    (r"(a)|(b)", "b"), (r"((a)|b)+", "ab"), (r"(a(b(c)))", "abc"), (r"(?:(a)|b)*", "ab"), (r"(a+)+b", "aaaaaaaaaaaaaaaaab"),
    (r"x*", ""), (r"", "abc"), (r"\x41\u0042\U00000043\101\0", "ABCA\x00"), (r"[\x41-\x43]+", "ABCD"), (r"\n\t", "a\n\tb"),
    (r"(?i)\u212a", "k K"), (r"(?i)[k]", "\u212a"), (r"(?i)ſ", "S s"), (r"[^\W\d]+", "ab12cd_"), (r"(?u)[\w]+", "aé_1"),
    (r"(?m)$", "a\nb\n"), (r"$", "a\nb\n"), (r"(?:)", "ab"), (r"a|b|c", "xcba"), (r"(a|b)*?c", "abac"), (r"(?:a{2})*", "aaaaa"),
    (r"(a){2}", "ab a aa"), (r"(a){0}", "aa"), (r"a{0}", "aa"), (r"((?i)a)", "A") ,
]
for pat, s in cases:
    show("match  %r %r" % (pat, s), lambda: re.match(pat, s))
    show("search %r %r" % (pat, s), lambda: (lambda m: m and (m.span(), m.groups(), m.lastindex, m.lastgroup))(re.search(pat, s)))
    show("findall", lambda: re.findall(pat, s))
    show("finditer", lambda: [m.span() for m in re.finditer(pat, s)])
    show("sub", lambda: re.sub(pat, "<\\g<0>>", s))
    show("split", lambda: re.split(pat, s))
    show("fullmatch", lambda: re.fullmatch(pat, s))
