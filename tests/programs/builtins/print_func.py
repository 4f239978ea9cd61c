# print: sep, end, file, flush, objects with __str__
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(1, 2.0, None, True, [1], (2,), {3: 4}, {5}, b"6", sep="|")
print("no newline", end="")
print(" continued")
print(file=sys.stdout)
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
class S:
    def __str__(self): return "S.__str__"
    def __repr__(self): return "S.__repr__"
print(S(), [S()], (S(),), {"k": S()})
print(*"abc", sep=", ")
print("x", sep=None, end=None)
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
print("unicode: é ñ 日本 \u2603")
print("" * 3 + "|")
