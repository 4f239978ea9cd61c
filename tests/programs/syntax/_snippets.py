"""The shared helper of syntax/errors_*.py (not a program itself: the runner skips `_` files).

check(src) compiles one snippet and prints the SyntaxError's class, message and position
(line, offset, end line, end offset), or "compiled".
"""


def check(src, mode="exec"):
    try:
        compile(src, "<snippet>", mode)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(repr(src), "compiled")
