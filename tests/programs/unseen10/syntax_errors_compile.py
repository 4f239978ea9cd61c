import traceback

snippets = [
    "x = (1, 2",
    "def f(:\n    pass",
    "if True\n    pass",
    "print 'hello'",
    "x = 1 +",
    "for i in range(3):\nprint(i)",
    "  x = 1",
    "def f():\n\treturn 1\n        return 2",
    "a = [1, 2, 3}",
    "return 5",
    "x += 1 = 2",
    "f(x for x in y, 1)",
    "lambda: (yield)",
    "class A:\n    break",
    "def f(a, a): pass",
    "nonlocal x",
    "x = 'unterminated",
    "s = '''abc",
    "1 = x",
    "f() = 3",
    "del f()",
    "a, b += 1",
    "import",
    "from x import (a, b",
    "def f(*, **k): pass",
    "def f(a=1, b): pass",
    "f(a=1, 2)",
    "f(**k, *a)",
    "x = 0777",
    "x = 1_000_",
    "x = 5 if 3",
    "async = 3",
    "match x:\n    case 1:\n    pass",
    "try:\n    pass\n",
    "else: pass",
    "x = $",
    "print(f'{x!z}')",
    "f'{'",
    "True = 1",
    "def f():\n    x = 1\n    global x",
    "while True:\n    continue\nelse:\n    break",
    "(a, b) : int = 1",
    "x = [i for i in range(3) if]",
    "'abc' 'def' = 1",
    "a if b else c = 1",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(f"{src!r}:")
        print(f"   {type(e).__name__}: {e.msg} | line {e.lineno} off {e.offset} end {e.end_lineno},{e.end_offset} | {e.text!r}")
        print("".join(traceback.format_exception_only(e)), end="")
    else:
        print(f"{src!r}: compiled")

try:
    exec("def g():\n    return 1 +* 2\n", {})
except SyntaxError as e:
    print(repr(e), e.filename, e.args[1])
try:
    eval("1 +", {})
except SyntaxError as e:
    print(str(e))
try:
    compile("x = 1", "f.py", "eval")
except SyntaxError as e:
    print(str(e))
try:
    compile("1", "f.py", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    compile("a\x00b", "f.py", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
try:
    int("12", base=1)
except ValueError as e:
    print(e)
exec(compile("def h():\n  1/0\n", "<gen>", "exec"), ns := {})
try:
    ns["h"]()
except ZeroDivisionError:
    traceback.print_exc(limit=-1)
