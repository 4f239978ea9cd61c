# SyntaxError.text: the parser and tokenizer take it from the source given, but errors found
# later (future imports, symbol table, compiler) read the line again from the file named
# by the filename, so compiling a string as "<string>" leaves it None.
import traceback

compile_stage = [
    "def f():\n    nonlocal x\n",
    "def f(a, a): pass\n",
    "for i in x:\n    pass\nbreak\n",
    "def f():\n    x = 1\n    global x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "match p:\n    case a | b:\n        pass\n",
    "f(a=1, a=2)\n",
    "from __future__ import braces\n",
    "from __future__ import nonsense\n",
    "x = [(yield) for i in ()]\n",
    "class C:\n    [(v := 1) for i in y]\n",
]
tokenizer = ["x = 0x + 5\n", "y = 1_000_ + 2\n", "z = 09 + 1\n", "a = 0b102\n", "b = 1e\n"]
parser = ["x = 1 +\n", "print 'hello'\n", "if x = 1:\n    pass\n", "del f()\n"]

for group in (compile_stage, tokenizer, parser):
    for src in group:
        try:
            compile(src, "<string>", "exec")
        except SyntaxError as e:
            print(f"{e.msg[:45]:45} line {e.lineno} col {e.offset} text={e.text!r}")
    print()

# the same error compiled under this file's name takes this file's line
try:
    compile("x = 1\nbreak\n", __file__, "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, repr(e.text))
try:
    compile("\n\n\n\nreturn 5\n", __file__, "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, repr(e.text))

# how an uncaught one reads
for src in ["def g():\n    nonlocal q\n", "n = 0x\n"]:
    try:
        exec(src)
    except SyntaxError:
        traceback.print_exc(limit=0)
