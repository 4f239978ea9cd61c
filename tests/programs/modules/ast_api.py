# ast node classes, helpers, visitors, transformers, literal_eval
import ast

print(ast.Name._fields, ast.Name._attributes, ast.arguments._attributes)
print(ast.FunctionDef._fields)
print(ast.Constant.__match_args__, ast.Constant.kind, ast.FunctionDef.returns)
print(issubclass(ast.Name, ast.expr), issubclass(ast.If, ast.stmt), issubclass(ast.expr, ast.AST))
print(ast.Name.__module__, ast.Add.__mro__[1].__name__, ast.Load().__class__.__name__)
n = ast.Name('x', ast.Load())
print(n.id, type(n.ctx).__name__, ast.dump(n))
n2 = ast.Name(id='y')
print(ast.dump(n2), hasattr(n2, 'ctx'))
try:
    ast.Name('a', ast.Load(), 3)
except TypeError as e:
    print("TypeError", e)
try:
    ast.BinOp(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
c = ast.Constant(value=5, custom=1)
print(c.custom, ast.dump(c))

tree = ast.parse("""
def add(a, b):
    '''Add two
       numbers.'''
    return a + b

class K:
    "K doc"
    def m(self):
        return add(1, 2) * 3
x = add(10, 20)
""")
print([type(n).__name__ for n in ast.walk(tree)][:12])
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print(list(ast.iter_fields(ast.parse("x").body[0])) [0][0])
print([type(c).__name__ for c in ast.iter_child_nodes(tree)])
print(repr(ast.get_docstring(tree.body[0])), repr(ast.get_docstring(tree.body[0], clean=False)))
print(ast.get_docstring(tree.body[1]), ast.get_docstring(tree))
try:
    ast.get_docstring(tree.body[2])
except TypeError as e:
    print("TypeError", e)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = 0
    def visit_Name(self, node):
        self.names.append(node.id)
    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)

v = Counter()
v.visit(tree)
print(v.names, v.calls)

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
    def visit_Expr(self, node):
        return None

class Splitter(ast.NodeTransformer):
    def visit_Assign(self, node):
        extra = ast.Assign(targets=[ast.Name('twice', ast.Store())], value=node.value)
        return [node, extra]

t2 = ast.parse("x = 1 + 2\nprint(x)\ny = [3, 'a']")
t2 = Doubler().visit(t2)
print(ast.dump(t2))
t3 = Splitter().visit(ast.parse("a = 1"))
print(len(t3.body), ast.dump(t3.body[1]))
ast.fix_missing_locations(t3)
print(t3.body[1].lineno, t3.body[1].col_offset, t3.body[1].end_lineno, t3.body[1].targets[0].lineno)
t4 = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t4, 5)
print([(s.lineno, s.end_lineno, s.targets[0].lineno) for s in t4.body])
new = ast.copy_location(ast.Pass(), t4.body[1])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)

print(ast.literal_eval("[1, 2.5, -3, +4, 1+2j, 3-1j, 'a', b'b', (1,), {1: 2}, {3}, set(), None, True, ...]"))
print(ast.literal_eval("  {'nested': [(1, 2), {'x': -0.5}]}"))
print(ast.literal_eval(ast.parse("(1, 'two')", mode="eval")))
print(ast.literal_eval(ast.Constant(7)))
for bad in ["x", "1 + x", "f()", "[1, 2] + [3]", "2 * 3", "-'a'", "{**d}"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(": <")[0])
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)

tree = compile("a = 1 + 2", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
print(ast.PyCF_ONLY_AST)
