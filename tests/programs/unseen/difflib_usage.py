"""difflib as scripts use it: "did you mean" with get_close_matches, SequenceMatcher ratios and opcodes, unified and context diffs."""
import difflib
words = ["apple", "apply", "ape", "maple", "applet", "peach", "happy", "appel"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("aple", words, n=2, cutoff=0.5), difflib.get_close_matches("zzz", words))
commands = ["start", "stop", "status", "restart", "reload"]
for typo in ["stat", "strat", "relod", "xyz", "stpo"]:
    print(typo, difflib.get_close_matches(typo, commands, n=1))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] --> b[{j1}:{j2}]")
old = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
new = ["zero\n", "one\n", "two\n", "THREE\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "ten\n", "eleven\n"]
print("".join(difflib.unified_diff(old, new, fromfile="before.txt", tofile="after.txt")), end="")
print("".join(difflib.unified_diff(old, new, n=1)), end="")
print("".join(difflib.context_diff(old[:5], new[:6], "a", "b")), end="")
print(list(difflib.unified_diff(["a"], ["a"])), list(difflib.unified_diff(["x", "y"], ["y", "z"], lineterm="")))
a = "The quick brown fox jumps over the lazy dog" * 3
b = a.replace("lazy", "sleepy").replace("quick", "slow")
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 6), len(sm.get_matching_blocks()), list(sm.get_grouped_opcodes(2))[:1])
long_a = "ab" * 150 + "xyz"
long_b = "ba" * 150 + "xyz"
print(round(difflib.SequenceMatcher(None, long_a, long_b).ratio(), 6), round(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio(), 6))
