# compile(..., "single") takes exactly one statement, as the interactive prompt does.
import dis

cases = [
    "x = 1",
    "x = 1; y = 2",
    "x = 1\ny = x",
    "x = 1  # note\ny = 2",
    "if x:\n    pass\ny = 1",
    "if x:\n    pass\n\n",
    "x = 1\n\n# only a comment\n",
    "def f():\n    return 1\nf()\n",
    "a\nb\n",
    "x = (1,\n     2)\nz",
    "for i in range(2):\n    print(i)\n",
]
for src in cases:
    try:
        code = compile(src, "<single>", "single")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
        print("   at", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(src), "-> ok", code.co_flags, code.co_names)

ns = {"x": 3}
exec(compile("x * 2", "<single>", "single"), ns)
exec(compile("for i in range(2):\n    i\n", "<single>", "single"), ns)
dis.dis(compile("y = x + 1", "<single>", "single"))
