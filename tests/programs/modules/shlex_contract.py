# shlex's contract: split in POSIX and classic modes, quotes and escapes, comments,
# punctuation_chars, the token-level API (push_token, lineno, eof), errors, quote/join.
import shlex, io
for s in ['a b  c', 'a "b c" d', "it's 'quoted \"x\"'", r'esc\ aped "in\"side" \\ \q', r"'no \esc'",
          'x#not comment', 'x #comment\ny', 'a"b"c d\'\'e ""', '', '   ', 'tab\tnew\nline', r'"a\$b\`c\\d\e"',
          'café naïve', 'a=b --opt=1 ./path/*.py ~user', 'x;y|z&&w']:
    out = []
    for kw in ({}, {"comments": True}, {"posix": False}):
        try:
            out.append(shlex.split(s, **kw))
        except ValueError as e:
            out.append("ValueError: %s" % e)
    print(repr(s), *out)
for bad in ['"open', "'open", 'trail\\', '"esc\\']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, "ValueError:", e)
try:
    shlex.split(None)
except ValueError as e:
    print("ValueError:", e)
def tokens(lexer):
    out = []
    while True:
        t = lexer.get_token()
        if t == lexer.eof:
            return out + [t]
        out.append(t)
print(tokens(shlex.shlex("a + b*(c-1) 'q s' # comment\n next")))
print(tokens(shlex.shlex("a + b*(c-1) 'q s' # comment\n next", posix=True)))
l = shlex.shlex("x y\nz w", posix=True)
print(l.get_token(), l.lineno, l.get_token(), l.get_token(), l.lineno)
l.push_token("pushed")
l.push_token("first")
print(l.get_token(), l.get_token(), l.get_token(), l.get_token(), l.get_token(), l.eof, l.state)
l = shlex.shlex(io.StringIO("one two"), infile="f.txt")
print(list(l), l.error_leader(), l.error_leader("g", 9), l.infile)
for pc in (True, "|;", ""):
    for text in ["a && b || c; d > out.txt", "echo hi|grep h;ls -l ~/x.py", "(a)&b<c", "x=1 y"]:
        lx = shlex.shlex(text, posix=True, punctuation_chars=pc)
        lx.whitespace_split = False
        print(repr(pc), repr(text), list(lx))
        lx = shlex.shlex(text, posix=True, punctuation_chars=pc)
        lx.whitespace_split = True
        print("  ws", list(lx))
lx = shlex.shlex("a", punctuation_chars=True)
print(lx.punctuation_chars, "~" in lx.wordchars, "(" in lx.wordchars, "-" in lx.wordchars, len(lx.wordchars))
print(len(shlex.shlex("").wordchars), len(shlex.shlex("", posix=True).wordchars), shlex.shlex("").eof, shlex.shlex("", posix=True).eof)
c = shlex.shlex("a b", posix=True)
c.whitespace = " "
c.commenters = ""
c.wordchars += "."
c.quotes = "|"
print(list(shlex.shlex("a.b |c d| e", posix=True)), list(c), list(shlex.shlex("v.1 |x y|")))
src = shlex.shlex('first source "inc" last', posix=True)
src.source = "source"
src.sourcehook = lambda name: ("inc", io.StringIO("from include"))
print(list(src))
dbg = shlex.shlex("a 'b'", posix=True)
dbg.debug = 3
print(list(dbg))
dbg = shlex.shlex("x y")
dbg.debug = 1
dbg.push_token("p")
print(dbg.get_token(), dbg.get_token())
for s in ["", "plain", "with space", "it's", "$HOME", "a;b", "safe-_@%+=:,./x", "ünï", "tab\t"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["echo", "it's", "a b", ""]), shlex.split(shlex.join(["x y", "'", '"'])), sorted(shlex.__all__))
