# re's parser: escapes (hex, unicode, named, octal, group references), group names and
# references, error messages with positions (single- and multi-line), bytes patterns.
import re

good = [r"\x41\u0042\U00000043", r"[\x41-\x43]+", r"\0\01\012", r"[\1\12\123]", r"(a)(b)\2\1",
        r"(?P<n>x)(?P=n)", r"\101", r"[\b]", r"\a\f\n\r\t\v\\", r"\.\*\[\{", r"[\]\-]",
        r"(?<=ab)c", r"(?i)\u00e9", r"\d\D\s\S\w\W", r"\Aa\Z", r"\bx\B", r"(a)(?(1)b|c)"]
subject = "ABC\x01\n\x0aA\x07abc1 é1 ]-\\.*[{abab\b"
for pat in good:
    rx = re.compile(pat)
    print(repr(pat), rx.groups, rx.groupindex, [m.group() for m in rx.finditer(subject)][:4])
bad = [r"\x4", r"\xZ", r"\u12", r"\U0011000", r"\U00110000", r"\N", r"\N{", r"\N{}",
       r"(a)\1\12", r"\N{DIGIT ONE", r"\400", r"[\400]", r"\8", r"[\9]", r"\q",
       r"[\q]", "x\\", r"(a)\2", r"(a\1)", r"(?P<1a>x)", r"(?P<>x)", r"(?P<a>x)(?P<a>y)",
       r"(?P=b)", r"(?P=)", r"(?P<n", r"(?<=(a)\1)b", r"(?<=a(b)\1)c", r"[a", r"[z-a]",
       r"a{3,2}", r"*a", r"a**", r"(?", r"(?Q)", r"(a", r"a)", "ab\n(c\n", "x\n\\q",
       r"\g", r"(?P<é>x)", r"[\d-z]", r"\u", r"[\x]", r"\0000"]
for pat in bad:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
for pat in [rb"\x41\101", rb"[\x41-\x43]", rb"\u0041", rb"\N{DIGIT ONE}", rb"(?P<\xe9>x)",
            rb"\xe9", rb"\400"]:
    try:
        rx = re.compile(pat)
        print(pat, [m.group() for m in rx.finditer(b"AB\xe9C")])
    except re.error as e:
        print(pat, "|", e, "|", e.pos)
e = re.error("plain")
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
e = re.error("with pos", b"ab\ncd", 4)
print(str(e), e.lineno, e.colno)
print(re.sub(r"(\w)(\d)", r"\2\1\g<1>\g<2>\n", "a1 b2"))
for repl in (r"\3", r"\g<x>", r"\g<-1>", r"\q", "\\"):
    try:
        re.sub(r"(a)", repl, "a")
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
