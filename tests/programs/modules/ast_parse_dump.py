# ast.parse + ast.dump (plain, indent=, include_attributes=) over many constructs
import ast

SOURCES = [
    "x = 1 + 2 * 3",
    "a, *b = c[1:2, ::3] = d.e",
    "del x[0], y.z",
    "print(f'{x!r:>{width}} and {y=}', sep='')",
    "lambda a, /, b=2, *args, c, d=4, **kw: (a, b)",
    "async def f(x: int = 0, *, y: 'str') -> None:\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n    return [j async for j in z if j]",
    "@dec\n@dec2(1)\nclass C(Base, metaclass=M):\n    '''doc'''\n    x: int\n    y: list[int] = []\n    def m(self): return super().m()",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "with open(p) as f, lock:\n    data = f.read()",
    "while x < 10 <= y is not z:\n    x += 1\n    if x: break\n    else: continue\nelse:\n    pass",
    "for i, (j, k) in enumerate(zip(a, b)):\n    pass\nelse:\n    ...",
    "import os.path as p, sys\nfrom . import x\nfrom ..pkg.mod import (a as b, c)\nfrom m import *",
    "global g\nnonlocal n",
    "assert x, 'msg'",
    "x = {1: 'a', **d, 'k': [1, 2.5, 3j, -4, True, None, ..., b'bytes']}",
    "s = {1, 2}; t = (); u = (1,); v = not a and b or c",
    "r = [x for x in y for z in x if z]; g = (x for x in y); d = {k: v for k, v in items}; st = {x for x in y}",
    "y = a if b else c; z = (w := 10); q = ~a ** -b // c % d @ e << f >> g | h ^ i & j",
    "match command:\n    case [x, y, *rest]:\n        pass\n    case {'k': v, **others}:\n        pass\n    case Point(x=0, y=0) | Point(1, 2):\n        pass\n    case 'a' | 1 | None | True:\n        pass\n    case [_, *_] if guard:\n        pass\n    case (a as b):\n        pass\n    case -1 | 1+2j | a.b.c:\n        pass",
    "type Alias[T: int, *Ts, **P] = list[T]\ndef g[T](x: T) -> T: pass\nclass K[T]: pass",
    "x = 'implicit' 'concat'; y = u'uni'; z = rb'raw\\n'",
    "def f(*, a): pass\ndef h(a, b=1, /): pass",
    "'''docstring'''\nx = yield_ = 0",
    "print(*args, **kwargs)\nf(a)(b)[c]",
    "x = 'héllo' + f'ü{a}é'",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
]
for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))
print(ast.dump(ast.parse(SOURCES[5]), indent=4))
print(ast.dump(ast.parse(SOURCES[19]), indent='\t', include_attributes=True))
print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("f(1)"), annotate_fields=False))
print(ast.dump(ast.parse("")))
print(ast.dump(ast.parse(b"x = b'\\xff'")))
for bad in ["x = ", "def f(:\n  pass", "1 +* 2", "(a, b) = = 3"]:
    try:
        ast.parse(bad, filename="<bad>")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)
