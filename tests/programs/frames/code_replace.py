# code objects: replace(), co_lines(), co_positions(), types.CodeType checks, __code__ assignment
import types
def add(a, b):
    return a + b
co = add.__code__
c2 = co.replace(co_name="plus", co_qualname="plus")
print(c2.co_name, c2.co_qualname, co.co_name, c2 is co, c2.co_code == co.co_code, type(c2) is types.CodeType)
def mul(a, b):
    return a * b
add.__code__ = mul.__code__.replace(co_consts=mul.__code__.co_consts)
print(add(3, 4), add.__name__)
c3 = co.replace(co_varnames=("x", "y"))
print(c3.co_varnames, c3.co_argcount)
f = types.FunctionType(c3, {})
print(f(5, 6))
print([(s, e, l) for s, e, l in co.co_lines()])
print(list(co.co_positions()))
def g():
    x = 1
    y = (x +
         2)
    return y
print(list(g.__code__.co_lines()))
print([p for p in g.__code__.co_positions()][:6])
try:
    co.replace(co_bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    co.replace(co_name=5)
except TypeError as e:
    print("TypeError", e)
print(co.replace().co_name, co.replace(co_firstlineno=99).co_firstlineno)
