# textwrap's observable contract: chunking, options, max_lines/placeholder, dedent/indent.
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumped over the lazy dog.  Mr. Smith went to "
        "Washington. Then-he-left; well-known, self-evident --- em--dashes and "
        "a\ttab here.\nNew line\x0bvt end.")
for w in (1, 5, 12, 20, 33, 60):
    print(w, textwrap.wrap(text, w))
print(TextWrapper(width=25)._split("Hello there -- you goof-ball, use the -b option!"))
print(TextWrapper(break_on_hyphens=False)._split("foo-bar baz--qux  x"))
print(textwrap.wrap("this-is-a-very-long-hyphenated-word-that-must-break", 10))
print(textwrap.wrap("this-is-a-very-long-hyphenated-word", 10, break_on_hyphens=False))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz yes", 7, break_long_words=False))
print(textwrap.wrap("---------- -----x", 6))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc", 20, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 20, tabsize=4))
print(textwrap.wrap("a\tb\nc", 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("Hello. Hi! Ok? \"Yes.\" 'No!' done.", 15, fix_sentence_endings=True))
print(textwrap.fill("one two three four five six seven", 12,
                    initial_indent="* ", subsequent_indent="  "))
for ml in (1, 2, 3, 10):
    print(ml, textwrap.wrap(text, 20, max_lines=ml))
    print(ml, textwrap.wrap(text, 20, max_lines=ml, placeholder="..."))
print(textwrap.wrap("Hello there how are you", 11, max_lines=2, placeholder=" [...]"))
print(textwrap.wrap("Hello     ", 6, max_lines=1, placeholder="~"))
print(textwrap.wrap("aaaaaaaaaa bbbbbbbbbb", 10, max_lines=2, placeholder="..."))
print(textwrap.wrap("word", 5, max_lines=1, placeholder=" [...]", initial_indent=""))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(repr(textwrap.shorten("   ", 10)))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5) == "")
for bad in (0, -1):
    try:
        textwrap.wrap("x", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.wrap("x y z", 4, max_lines=1, placeholder="  [....]")
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.shorten("x", 3, placeholder="long placeholder")
except ValueError as e:
    print("ValueError", e)
w = TextWrapper(width=10)
print(w.width, w.initial_indent, w.expand_tabs, w.tabsize, w.max_lines, repr(w.placeholder))
w.width = 4
print(w.wrap("ab cd ef"))
print(sorted(TextWrapper.unicode_whitespace_trans.items()))
print(textwrap.wrap("x\u00a0y z", 3))
print(textwrap.wrap("Ünïcode wörds everywhere ça va", 8))
# dedent
for s in ["    x\n      y\n", "  a\n\tb\n", "\ta\n\t\tb\n  \n", "  x\n   \n  y",
          "no indent\n  here", "   \n\n  a\n    b\n", " \ta\n \tb\n \t c", "", "\n\n",
          "\t  x\n\t y\n", "  a\r\n  b\r\n", "  a\n\n\n  b\n   c   \n"]:
    print(repr(textwrap.dedent(s)))
# indent
print(repr(textwrap.indent("a\n\nb\n  \nc", "+ ")))
print(repr(textwrap.indent("a\r\nb\rc\n", ">")))
print(repr(textwrap.indent("a\n\nb", "- ", lambda line: True)))
print(repr(textwrap.indent("x\ny\nzz", "# ", lambda line: len(line) > 2)))
print(textwrap.__all__)

class Upper(TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]
print(Upper(width=8).wrap("make these loud please"))
