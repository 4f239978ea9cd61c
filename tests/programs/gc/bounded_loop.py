import gc
import weakref

# a long loop making cycles: the automatic collector keeps the number of live ones bounded

class Node:
    pass

alive = weakref.WeakSet()
peak = 0
for i in range(30000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    a.data = [i] * 10
    if i % 1000 == 0:
        alive.add(a)
        peak = max(peak, len(alive))
del a, b
print("peak of sampled live cycles below 20:", peak < 20)

def make_closures(n):
    # a recursive inner function is a cycle: function -> closure cell -> function
    for i in range(n):
        def f(k):
            return f(k - 1) if k else i
        f(3)

make_closures(5000)

# exceptions caught and kept make frame <-> traceback cycles
def fail():
    raise ValueError("x")

def catch():
    try:
        fail()
    except ValueError as e:
        err = e
    return err

for i in range(5000):
    catch()
gc.collect()
print("end")
