# difflib: SequenceMatcher blocks/opcodes/ratios (with junk and autojunk), get_close_matches,
# unified/context diffs, ndiff with '?' guides, restore, diff_bytes — checked against
# CPython's results, including random sequences.
import difflib
import random

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks(), s.bjunk)
print(s.find_longest_match(0, 29, 0, 38), s.find_longest_match())
print(difflib.SequenceMatcher(None, "", "").ratio(), list(difflib.SequenceMatcher(None, "a", "").get_grouped_opcodes()))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "heel", "wheels"], n=2, cutoff=0.5))
import keyword
print(difflib.get_close_matches("pritn", ["print", "printf", "sprint", "pint"]))
print(difflib.get_close_matches("lamda", keyword.kwlist))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches("x", ["y"], **bad)
    except ValueError as e:
        print("ValueError", e)

a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n"]
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", "2024-01-01", "2024-01-02")), end="")
print("".join(difflib.unified_diff(a, b, n=1)), end="")
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")), end="")
print(list(difflib.unified_diff(["x"], ["x"])), list(difflib.unified_diff([], ["new"], lineterm="")))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])), end="")
diff = list(difflib.ndiff(["	indented line\n", "same\n", "gone\n"],
                          ["  indented lines\n", "same\n", "new one\n", "another\n"]))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError", e)
try:
    list(difflib.unified_diff([b"x"], [b"y"]))
except TypeError as e:
    print("TypeError", e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"f1", b"f2")))
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK("\t"))

rng = random.Random(7)
for trial in range(40):
    alphabet = "abcde" if trial % 2 else "ab"
    x = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
    y = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
    m = difflib.SequenceMatcher(None, x, y)
    print(trial, m.get_opcodes(), round(m.ratio(), 6))
long_a = [rng.choice("abc") for _ in range(300)]
long_b = [rng.choice("abcd") for _ in range(250)]
m = difflib.SequenceMatcher(None, long_a, long_b)
print(sorted(m.bpopular), len(m.get_matching_blocks()), m.get_matching_blocks()[:5], round(m.ratio(), 6))
m2 = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(len(m2.get_matching_blocks()), round(m2.ratio(), 6))
lines_a = ["line %d\n" % rng.randrange(20) for _ in range(60)]
lines_b = list(lines_a)
for _ in range(8):
    k = rng.randrange(len(lines_b))
    lines_b[k] = "changed %d\n" % rng.randrange(5)
del lines_b[10:13]
lines_b[30:30] = ["inserted\n", "lines\n"]
print("".join(difflib.unified_diff(lines_a, lines_b)), end="")
print("".join(difflib.ndiff(lines_a[:20], lines_b[:20])), end="")
print(difflib.SequenceMatcher[int])
