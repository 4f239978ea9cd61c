class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1); a.me = a
b = A(2); b.me = b
del b
def g():
    try:
        yield 1
    finally:
        print("gen finally")
x = A(3)
x.g = g(); next(x.g); x.me = x
del x
print("end")
