# Where compile() places its SyntaxErrors for ordinary mistakes in a teacher's exercise
# checker: blocks left empty, try without handlers, brackets that do not match, and the
# text CPython's string tokenizer gives (newline added to exec input, CRLF translated).
import traceback

CASES = [
    # empty blocks: the statement after them, or the DEDENT left of the header
    "if x:\n    for i in y:\nz\n",
    "if x:\n    for i in y:\n\n  # comment\nz = 1\n",
    "def f():\n    while True:\n    return 1\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    case 1:\npass\n",
    "if x:\n  match y:\n    case 1:\n  z\n",
    "match x:\n    case 1:\n    case 2:\n        pass\n",
    "for x in y:\n",
    "class A:\n    def m(self):\n",
    # try without except/finally
    "try:\n    pass\n",
    "try:\n    pass",
    "try:\n    pass\n\n\n",
    "def f():\n    try:\n        pass\n\nf()\n",
    "if x:\n  try:\n    pass\n  z\n",
    "for x in y:\n    try:\n        pass\n    except E:\n        pass\nx = 1\ntry:\n    y\n",
    "try:\n    try:\n        a\n    except E:\n        b\nx\n",
    # brackets
    "a = [1, 2, 3}",
    "a = [1, 2, 3} + 4\n",
    "totals = {'a': (1, 2],\n  'b': 3}\n",
    "(1,\n 2]",
    "print(max(1, 2)]",
    "x = (1, 2\n\n",
    "x = (1,\n 2\n",
    "data = [1, 2,\n  3\n",
    # text of the last line
    "x = 1 +",
    "x = 1 +\r\ny = 2\r\n",
    "print 'hello'",
    "f(x for x in y, 1)",
    "x = 1 \\ y",
    "if x:\n\ty\n        z",
    "f'{x!z}'",
    "f'{x'",
    "f'{}'",
]

for src in CASES:
    try:
        compile(src, "<exercise>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", repr(e))
        print("".join(traceback.format_exception_only(e)), end="")
    else:
        print(repr(src), "compiles")

import ast
for src in ["x = 1 +", "while x\n    pass"]:
    try:
        ast.parse(src)
    except SyntaxError as e:
        print("ast:", repr(e))
try:
    compile("a\x00b", "f.py", "exec")
except SyntaxError as e:
    print(repr(e), e.lineno, e.offset, str(e))
