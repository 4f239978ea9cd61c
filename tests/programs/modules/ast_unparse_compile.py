# ast.unparse (parentheses, f-strings, docstrings, defs) and compile()/exec of transformed trees
import ast

SOURCES = [
    "x = (yield 1, 2)",
    "def g():\n    yield a + b\n    yield from c or d\n    x = yield",
    "(x := a + b)",
    "f(x for x in y)",
    "a or b or c and d",
    "-(-1) + (not x) * ~y ** -z ** 2",
    "(a, b)[0]; x[1:2, ::3]; y[()]; z[a:b]",
    "lambda: (yield)",
    "1 .real + 1.5.real",
    "print(f'{x!r:>{w}} {y=} {{}} {\"q\"}')",
    "s = 'it\\'s' + \"say \\\"hi\\\"\" + '''both ' and \"'''",
    "d = {**a, 'k': [1, *b], 'e': {*()}, 's': {1, 2}}",
    "r = [x async for x in y if x if not x]; g = {k: v for k, v in z}",
    "@dec(1)\nclass A(B, metaclass=M):\n    '''Doc\n    string.'''\n    x: int = 1\n    def f(self, a, /, b: int=2, *args, c, d=4, **kw) -> None:\n        return a if b else c",
    "async def g():\n    async with a as b:\n        await c\n    async for i in j:\n        pass",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a, b",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    if c:\n        pass",
    "match p:\n    case [1, *rest] | {'k': v, **kw}:\n        pass\n    case Point(x, y=0) if x > 0:\n        pass\n    case (a as b):\n        pass\n    case _:\n        pass",
    "from ..m import (a as b, c)\nimport os.path as p\nglobal g\nassert x, 'm'",
    "x = 1e309; y = -1e309j; z = 0.1 + 2j",
    "type L[T: int, *Ts, **P] = list[T]\ndef f[T](x: T) -> T: ...",
    "while True:\n    break\nelse:\n    continue",
    "for i, (j, k) in enumerate(x):\n    x += i * j",
    "with open(f) as (a, b), c:\n    pass",
    "x: 'int'\n(y): int = 3",
    "x = a if b else (c if d else e); y = (a if b else c) if d else e",
    "print(*a, *b, k=1, **c)",
]
for src in SOURCES:
    text = ast.unparse(ast.parse(src))
    print(text)
    print("--", ast.dump(ast.parse(text)) == ast.dump(ast.parse(src)))
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Constant(1)))))
print(ast.unparse(ast.Constant((1, 'a'))), ast.unparse(ast.Constant(...)))

# compile() of trees
tree = ast.parse("total = 0\nfor i in range(5):\n    total += i\nprint('total', total)")
code = compile(tree, "<ast>", "exec")
exec(code)

class Loud(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, str):
            return ast.copy_location(ast.Constant(node.value.upper()), node)
        return node
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Mult(), node.right), node)
        return node

tree = ast.parse("print('hello', 3 + 4)\nresult = 'done'")
tree = ast.fix_missing_locations(Loud().visit(tree))
ns = {}
exec(compile(tree, "<loud>", "exec"), ns)
print(ns['result'])
expr = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<e>", "eval")))
print(eval(compile(ast.parse("[x * x for x in range(4)]", mode="eval"), "<e>", "eval")))

# a function built from nodes
fn = ast.FunctionDef(
    name="square", args=ast.arguments(posonlyargs=[], args=[ast.arg("n")], kwonlyargs=[],
                                      kw_defaults=[], defaults=[]),
    body=[ast.Return(ast.BinOp(ast.Name("n", ast.Load()), ast.Pow(), ast.Constant(2)))],
    decorator_list=[], type_params=[])
mod = ast.fix_missing_locations(ast.Module(body=[fn], type_ignores=[]))
print(ast.unparse(mod))
scope = {}
exec(compile(mod, "<built>", "exec"), scope)
print(scope["square"](12))
try:
    compile(ast.Module(body=[ast.Pass()], type_ignores=[]), "<x>", "exec")
except TypeError as e:
    print("TypeError", e)
try:
    compile(ast.parse("x"), "<x>", "eval")
except TypeError as e:
    print("TypeError", e)
try:
    compile(42, "<x>", "exec")
except TypeError as e:
    print("TypeError", e)

# compile() of a tree keeps the statements' line numbers (tracebacks point there)
import sys
import traceback
src = "\nx = 1\n\n\ndef f(a):\n    b = a * 2\n\n    return b / 0\n\ny = f(x)\n"
tree = ast.fix_missing_locations(ast.NodeTransformer().visit(ast.parse(src)))
try:
    exec(compile(tree, "<tree>", "exec"), {})
except ZeroDivisionError:
    print([(fs.filename, fs.lineno, fs.name) for fs in traceback.extract_tb(sys.exc_info()[2])][1:])
ns = {"dec": lambda fn: fn}
exec(compile(ast.parse("@dec\n\ndef h():\n    return 1\nprint(h())"), "<t2>", "exec"), ns)
