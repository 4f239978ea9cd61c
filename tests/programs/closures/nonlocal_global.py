# scoping: global, nonlocal, class scopes
g = "global"
def read_global(): return g
def write_global():
    global g
    g = "rewritten"
print(read_global()); write_global(); print(g)
def nest():
    a = 1
    def level1():
        a = 2
        def level2():
            nonlocal a
            a = 3
        level2()
        return a
    return level1(), a
print(nest())
x = "module x"
class C:
    x = "class x"
    def m(self): return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def unbound():
    print(v)
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    w = 1
free_unbound()
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow(), len([1, 2]))
