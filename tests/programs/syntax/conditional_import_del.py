# conditional definitions, del of names/attrs/items, and name lookups after deletion
if len("ab") == 2:
    def pick():
        return "first"
else:
    def pick():
        return "second"
print(pick())
x, y = 1, 2
del x
print("x" in globals(), y)
class O:
    pass
o = O()
o.a = 1; o.b = 2
del o.a
print(vars(o))
lst = list(range(6))
del lst[1], lst[2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
def f():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
