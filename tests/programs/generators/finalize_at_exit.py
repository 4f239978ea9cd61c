# at exit, __main__'s globals are torn down in dict order: suspended generators are closed, __del__ runs,
# a coroutine never awaited warns (from 'sys:1', no source line); other globals stay readable meanwhile
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def helper():
    return "helper"
def g(n):
    try:
        yield 1
    finally:
        print("fin", n, helper)
a = D(1)
x = g("x"); next(x)
_u = D("underscore")
b = D(2)
print("end")
async def never(): pass
c = never()
y = g("y"); next(y)
