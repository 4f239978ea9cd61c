# SyntaxError messages and locations (CPython's invalid_* grammar rules): each snippet is
# compiled and the error's class, message and position are printed.


def check(src, mode="exec"):
    try:
        compile(src, "<snippet>", mode)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        print(repr(src), "compiled")


check('f(lambda x: x[0] = 3)\n')
check('f(x()=2)\n')
check('f(a or b=1)\n')
check('f(x.y=1)\n')
check('f((x)=2)\n')
check('f(True=1)\n')
check('f(False=1)\n')
check('f(None=1)\n')
check('f(a=)\n')
check('f(a, b, c=)\n')
check('f(a, b, c=, d)\n')
check('f(*args=[0])\n')
check('f(a, b, *args=[0])\n')
check("f(**kwargs={'a': 1})\n")
check("f(a, b, *args, **kwargs={'a': 1})\n")
check('f(**x, *)\n')
check('f(**a,\n *)\n')
check('f(*a=1)\n')
check('f(a, **b=1)\n')
check('f(**b=1, c)\n')
check('f(1=2)\n')
check('f(a.b.c=2)\n')
check('f(x for x in y, 1)\n')
check('f(1, x for x in y)\n')
check('f(x=, y=1)\n')
check('class C(x for x in L):\n    pass\n')
check('f(a,\n b=)\n')
check('f(a,\n b=\n')
check('f(a,\n  True=1)\n')
check('f(a,\n  True=1\n')
check('f(print x)\n')
check('f(a b)\n')
check('f(\n a b)\n')
check('f(x for x in range 10)\n')
check("x = 1 if y", "eval")
check("f(a=)", "single")
