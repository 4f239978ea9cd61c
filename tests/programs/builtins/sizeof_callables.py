# sys.getsizeof and __sizeof__ of callables and descriptors (fixed C structs in CPython
# 3.12), and a bound method's own methods (found on the method type before the function is
# asked): its size, format, and the reduction copy and pickle use (getattr(obj, name)).
import sys, copy, pickle

class A:
    def m(self):
        return 'm'

    @property
    def p(self):
        return 1

def outer():
    x = 1
    def inner():
        return x
    return inner

cell = outer().__closure__[0]
items = [A().m, len, [].append, str.join, property(), staticmethod(len), classmethod(len),
         super(A, A()), cell, A.__dict__['p'], dict.fromkeys, int.__add__, (1).__add__,
         object.__init__, print, sorted, A.m]
for o in items:
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__())

bm = A().m
print(bm.__sizeof__(), bm.__format__('').startswith('<bound method A.m of'), bm.__class__.__name__)

class B:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
    @classmethod
    def name(cls):
        return cls.__name__

b = B(3)
for m in (b.get, B.name):
    f, args = m.__reduce__()
    print(f.__name__, type(args[0]).__name__, args[1], copy.copy(m)(), copy.deepcopy(m)(),
          pickle.loads(pickle.dumps(m))())
print(copy.deepcopy([b.get, b])[0]())
