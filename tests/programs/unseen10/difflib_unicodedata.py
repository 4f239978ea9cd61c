import difflib, unicodedata

a = """def add(a, b):
    return a + b

def sub(a, b):
    return a - b
""".splitlines(keepends=True)
b = """def add(a, b):
    '''Add.'''
    return a + b

def mul(a, b):
    return a * b
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(a, b, fromfile="old.py", tofile="new.py", n=1)))
print("".join(difflib.context_diff(a, b, fromfile="old.py", tofile="new.py")))
print("".join(difflib.ndiff(a[:2], b[:3])))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
    print(f"{tag:8} a[{i1}:{i2}] b[{j1}:{j2}]")

pairs = [("kitten", "sitting"), ("abcd", "bcde"), ("", ""), ("same", "same"), ("private", "privateer")]
for x, y in pairs:
    sm = difflib.SequenceMatcher(None, x, y)
    print(x, y, round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
    print("   ", sm.get_matching_blocks(), sm.find_longest_match(0, len(x), 0, len(y)))

sm = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "a  b c e")
print(sm.ratio(), list(sm.get_grouped_opcodes(0)))

vocab = ["apple", "apply", "ape", "maple", "apples", "pineapple", "happy", "applet"]
print(difflib.get_close_matches("appel", vocab))
print(difflib.get_close_matches("appel", vocab, n=5, cutoff=0.4))
print(difflib.get_close_matches("zzz", vocab))
try:
    difflib.get_close_matches("x", vocab, n=0)
except ValueError as e:
    print(e)

d = difflib.Differ()
print(list(d.compare(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n", "four\n"])))
print(list(difflib.restore(difflib.ndiff(["x\n"], ["y\n"]), 2)))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))

for ch in "aÄ€\u00e9\u0301٣\t😀ß\u2028":
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch),
          unicodedata.bidirectional(ch), unicodedata.combining(ch),
          unicodedata.east_asian_width(ch), unicodedata.mirrored(ch),
          unicodedata.decimal(ch, None), unicodedata.numeric(ch, None))
s = "Ame\u0301lie Café ﬁ ①"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = unicodedata.normalize(form, s)
    print(form, len(n), ascii(n), unicodedata.is_normalized(form, s))
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.lookup("SNOWMAN"))
try:
    unicodedata.lookup("NOT A REAL NAME")
except KeyError as e:
    print("KeyError", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print(e)
print(unicodedata.decomposition("é"), unicodedata.decomposition("ﬁ"), repr(unicodedata.decomposition("a")))
print(unicodedata.unidata_version)
def strip_accents(t):
    return "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
print(strip_accents("Crème brûlée à la façon Ñandú"))
print("\N{BLACK STAR} \N{LATIN SMALL LETTER E WITH ACUTE}")
print(unicodedata.digit("٣"), unicodedata.numeric("½"), unicodedata.numeric("Ⅻ"))
try:
    unicodedata.digit("a")
except ValueError as e:
    print(e)
