# LOAD_NAME looks in the locals, then the globals, then the builtins: module level (locals
# are the globals), class bodies, exec with separate dicts, and builtins changed on the fly.
import builtins

print(len("abc"))
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))

x = "global x"


class C:
    print(x)
    x = "class x"
    print(x)
    print(abs(-3))
    abs = "class abs"
    print(abs)
    del abs
    print(abs(-4))


g = {"y": "g-y", "z": "g-z"}
l = {"y": "l-y"}
exec("print(y, z, max(1, 2))", g, l)
exec("y = 'set in l'; print(y); del y; print(y)", g, l)

builtins.shout = lambda s: s.upper() + "!"
print(shout("hi"))
shout = "module shout"
print(shout)
del shout
print(shout("again"))
del builtins.shout
try:
    print(shout)
except NameError as e:
    print("NameError:", e)

for i in range(3):
    total = i if i == 0 else total + i
print(total)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
