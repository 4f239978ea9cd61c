def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Box:
    def __init__(self, v):
        self.v = v

    def double(self):
        return fib(self.v) * 2


total = 0
for k in range(3):
    total += fib(k)
print("total", total, Box(4).double())
