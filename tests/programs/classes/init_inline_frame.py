# Cls(args) runs __init__ as a frame of the caller's evaluation loop (perfcall: eval/calls.rs
# init_call, Flow::CallInit): frames, tracebacks, recursion and results as in CPython.
import sys, traceback

class P:
    def __init__(self, x, y=1):
        f = sys._getframe(1)
        self.caller = f.f_code.co_name
        self.line = f.f_lineno
        self.lasti_is_call = f.f_code.co_code[f.f_lasti] == 171  # CALL
        self.v = x + y

def make():
    p = P(1,
          y=2)
    return p

p = make()
print(p.caller, p.line, p.lasti_is_call, p.v)

class Bad:
    def __init__(self, r):
        self.r = r
        return r

for r in (None, 0, 'x', [], Bad):
    try:
        print(type(Bad(r)).__name__)
    except TypeError as e:
        print('TypeError', e)

class Boom:
    def __init__(self, n):
        if n == 0:
            raise KeyError('deep')
        self.child = Boom(n - 1)

try:
    Boom(3)
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print('KeyError', e, [(fs.name, fs.lineno) for fs in tb])

class Rec:
    def __init__(self, n):
        self.next = Rec(n + 1)

try:
    Rec(0)
except RecursionError as e:
    print('RecursionError', e)

depth = []
class Deep:
    def __init__(self, n):
        depth.append(len(traceback.extract_stack()))
        if n:
            Deep(n - 1)
Deep(3)
print([d - depth[0] for d in depth])

class Gen:
    def __init__(self):
        yield 1

try:
    Gen()
except TypeError as e:
    print('TypeError', e)

class Base:
    def __init__(self, a):
        self.a = a
class Child(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = Child(1, b=2)
print(c.a, c.b, vars(c))

class Counter:
    made = 0
    def __init__(self):
        Counter.made += 1
objs = [Counter() for _ in range(5)]
print(Counter.made, len(objs), all(type(o) is Counter for o in objs))

class WithFinally:
    def __init__(self, fail):
        try:
            if fail:
                raise ValueError('no')
        finally:
            print('finally', fail)

for fail in (False, True):
    try:
        print(type(WithFinally(fail)).__name__)
    except ValueError as e:
        print('ValueError', e)

def gen():
    for i in range(3):
        yield P(i)
print([o.v for o in gen()], [P(i).caller for i in range(1)])

class Bad2:
    def __init__(self):
        return 42

def outer():
    return Bad2()

outer()
