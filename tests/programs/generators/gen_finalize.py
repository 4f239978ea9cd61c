# generators are closed when their last reference goes away
def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
a = g("a")
next(a)
del a
print("after del a")
b = g("b")
next(b)
b = None
print("after b = None")
for x in g("loop"):
    print("x", x)
    break
print("after break")
def f():
    gen = g("local")
    next(gen)
    return "f returns"
print(f())
c = g("never started")
del c
print("end")
