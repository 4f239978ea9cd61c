import sys
def g(name):
    try:
        yield 1
    finally:
        print("finally", name)

def h():
    try:
        yield 1
    except GeneratorExit:
        yield "no"

a = g("a")
next(a)
b = h()
next(b)
c = g("c")
next(c)
class D:
    def __del__(self):
        print("D del")
        raise ValueError("from del")
d = D()
lst = [g("in-list")]
next(lst[0])
def keep():
    x = g("closure")
    next(x)
    return lambda: x
k = keep()
print("end of module")
