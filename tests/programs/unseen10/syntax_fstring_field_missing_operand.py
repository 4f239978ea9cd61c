# f-string replacement fields cut short (an operator with no operand): where CPython points.
for src in ['print(f"{1 +}")\n', 'x = f"{a +}"\n', 'x = f"{}"\n', 'x = f"{a b}"\n', 'x = f"{a!}"\n', 'x = f"{a:{b +}}"\n', 'x = f"{=}"\n', 'x = f"{a ==}"\n', "x = f'{a}' f'{b +}'\n", "x = f'{\"a\" +}'\n"]:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ['x = f"{a and}"\n', 'x = f"{a or}"\n', 'x = f"{a * -}"\n', 'x = f"{a < }"\n', 'x = f"{a if}"\n', 'x = f"{a ** }"\n', 'x = f"{not}"\n', 'x = f"{a,}"\n', 'x = f"{a =}"\n']:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
