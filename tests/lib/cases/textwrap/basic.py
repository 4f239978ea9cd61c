# modules: re
import textwrap
texts = ["The quick brown fox jumps over the lazy dog. " * 5,
         "Look, goof-ball -- use the -b option! well-known self-evident e-mail long--dash",
         "Supercalifragilisticexpialidocious is a very long word that needs breaking up here",
         "tabs\there\tand\nnewlines\n\nhere.  Two spaces. End? Yes! ok.\nNext",
         "  leading and trailing spaces   ", "", "a", "x-" * 30, "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", "hello\u00a0world non\u2014breaking"]
for t in texts:
    for width in (1, 5, 10, 20, 40):
        print(width, textwrap.wrap(t, width))
    print(textwrap.fill(t, 30, initial_indent="> ", subsequent_indent="  | "))
    print(textwrap.wrap(t, 15, break_long_words=False), textwrap.wrap(t, 15, break_on_hyphens=False))
    print(textwrap.wrap(t, 20, drop_whitespace=False), textwrap.wrap(t, 20, replace_whitespace=False, expand_tabs=False))
    print(textwrap.wrap(t, 25, fix_sentence_endings=True), textwrap.wrap(t, 12, max_lines=2), textwrap.wrap(t, 12, max_lines=1, placeholder="..."))
    print(repr(textwrap.shorten(t, 20)), repr(textwrap.shorten(t, 40, placeholder=" (more)")))
print(textwrap.TextWrapper(width=10).wordsep_re.split("goof-ball self-evident"))
for bad in (lambda: textwrap.wrap("abc", 0), lambda: textwrap.wrap("abc def ghi", 5, max_lines=1, placeholder=" [......]")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
for t in ["    a\n      b\n    c", "  a\n\tb", "\ta\n\t\tb\n\n   \n\tc", "no indent\n  x", "   \n  x\n  y  ", "  a\r\n  b\r\n", " \t x\n \t y"]:
    print(repr(textwrap.dedent(t)))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: l.startswith("a"))), textwrap.__all__)
