# compile-time errors reported as SyntaxError when compiling strings
cases = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    nonlocal y\n",
    "nonlocal z\n",
    "return 5\n",
    "yield 1\n",
    "break\n",
    "continue\n",
    "def f(a, a): pass\n",
    "f(x=1, x=2)\n",
    "def f(a=1, b): pass\n",
    "x = (1 +\n",
    "1 = x\n",
    "del f()\n",
    "a, *b, *c = d\n",
    "class C:\n  return 1\n",
    "async def f():\n    yield from x\n",
    "def f():\n    await x\n",
    "print 'hello'\n",
    "if True\n    pass\n",
    "  indented = 1\n",
    "def f():\nreturn 1\n",
    "x = [1, 2\n",
    "f'{'\n",
    "lambda: (yield)\n" if False else "x := 5\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(src))
