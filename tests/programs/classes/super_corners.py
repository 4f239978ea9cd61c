# super() in lambdas, generators, comprehensions, classmethods; the two-argument forms;
# errors: no arguments, arg[0] deleted, an object of the wrong type.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
class B(A):
    def f(self):
        g = lambda: super(B, self).f()
        return "B.f>" + g()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    def gen(self):
        yield super().f()
    def comp(self):
        return [super(B, self).f() for _ in range(1)]
b = B()
print(b.f(), B.c(), b.c(), list(b.gen()), b.comp())
print(super(B, b).s(), super(B, B).c())
try:
    def free(): return super().f()
    free()
except RuntimeError as e: print("RuntimeError", e)
class X:
    def m(self):
        del self
        try: super().m
        except Exception as e: print(type(e).__name__, e)
X().m()
s = super(B, b)
print(s.__thisclass__.__name__, s.__self_class__.__name__, type(s.__self__).__name__)
try: super(B, 1)
except TypeError as e: print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        return cls
class Q(metaclass=Meta):
    def __init__(self): super().__init__()
Q()
class Star:
    def f(*args):
        return super().f()
try:
    Star().f()
except RuntimeError as e:
    print("RuntimeError", e)
