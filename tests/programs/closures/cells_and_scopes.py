# cells shared between closures, cells in loops, class-body scopes and comprehensions
def shared():
    x = 0
    def get(): return x
    def set(v):
        nonlocal x
        x = v
    return get, set
g, s = shared()
s(42)
print(g(), g.__closure__[0] is s.__closure__[0], g.__closure__[0].cell_contents)
def loop_cells():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(loop_cells())
def arg_cell(a):
    def inner(): return a
    a = a * 2
    return inner()
print(arg_cell(5))
def class_scope():
    value = "function"
    class C:
        value = "class"
        def m(self): return value
        seen = value
    return C().m(), C.seen
print(class_scope())
def comprehension_scope():
    y = 3
    return [x * y for x in range(3)], {x: y for x in "ab"}
print(comprehension_scope())
import types
cell = types.CellType(7)
print(cell.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError:", e)
