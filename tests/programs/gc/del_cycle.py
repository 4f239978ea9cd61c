import gc

gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name, "other:", self.other.name if self.other else None)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("before collect")
n = gc.collect()
print("collected", n)
print("again", gc.collect())

# a self-cycle
c = Node("c")
c.other = c
del c
print("collected", gc.collect())

# three in a ring, through a list
x, y, z = Node("x"), Node("y"), Node("z")
x.other = y
y.other = z
z.other = x
x.items = [x, y, z]
del x, y, z
print("collected", gc.collect())

# reachable cycles stay
p = Node("p")
p.other = p
print("collected", gc.collect())
print("p alive:", p.name)
p.other = None
del p
print("end")
