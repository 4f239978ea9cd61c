# __del__: resurrection through a global list, an exception in __del__ (reported, ignored),
# a cycle freed by gc.collect, the moments locals / cleared lists / replaced values are freed.
import gc
saved = []
class R:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
        if self.n == 1:
            saved.append(self)
r = R(1); del r
print("saved", [x.n for x in saved])
saved.clear()
print("cleared")
class E:
    def __del__(self): raise ValueError("in del")
e = E(); del e
print("after")
class Cyc:
    def __init__(self, n): self.n = n; self.me = self
    def __del__(self): print("cyc del", self.n)
c = Cyc(5); del c
print("collect", gc.collect() >= 1)
def f():
    x = R(7)
    return 1
f()
print("end of f")
l = [R(10), R(11)]
l.clear(); print("cleared list")
d = {1: R(20)}
d[1] = None; print("replaced")
x = R(30)
x = R(31); print("rebound")
