import string, textwrap
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
print(string.capwords("hello   big world"), repr(string.whitespace))
t = string.Template("$who likes ${what}s")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Al"))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.shorten(text, 50), textwrap.indent("a\nb\n", "> "), sep="\n")
print(repr(textwrap.dedent("    x\n      y\n")))
print(string.Formatter().format("{0}-{x}", 1, x=2))
