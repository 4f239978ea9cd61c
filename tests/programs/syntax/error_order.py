"""Which error CPython reports when a source has two: a parse error before a tokenizer limit
(tabs, nesting, literals) or after it."""
import sys
cases = [
    "x = = 1\nif x:\n\tif y:\n        pass\n",
    "x = (1 +\ny = 2\nz = " + "9" * 5000 + "\n",
    "def f(:\n    pass\n" + "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n",
    "a b\n" + "(" * 201 + ")" * 201 + "\n",
    "if x:\n\tif y:\n        pass\nx = = 1\n",
    "ok = 1\nif x:\n\tif y:\n        pass\n",
    "a b c d\n" + "(" * 201 + ")" * 201 + "\n",
    "f() = 1\n" + "(" * 201 + ")" * 201 + "\n",
    "a b c d\nx = 0777\n",
    "a b c d\nx = 1__2\n",
    "a b c d\nx = " + "1" * 4400 + "\n",
    "x = = 1\n" + "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n",
]
for c in cases:
    try:
        compile(c, "<c>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg[:50]), e.lineno, e.offset, e.end_lineno, e.end_offset)
