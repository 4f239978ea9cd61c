# Micro-benchmark of calls: python bench/micro/calls.py CASE N runs one statement N times
# (cases: empty len ap lap isinst meth f kw var dnew snew send add kwd clo); bench/micro/calls_cg.sh
# counts instructions per iteration under callgrind. docs/PERFORMANCE.md "call fast paths".
import sys, types
def main(case, N):
    class H:
        __slots__ = ('a','b','c','d')
        def __init__(self, a, b, c):
            self.a = a; self.b = b; self.c = c; self.d = None
    class D:
        def __init__(self, a, b, c):
            self.a = a; self.b = b; self.c = c; self.d = None
    class B:
        def m(self, x): return x
    def f(): pass
    def kw(a, b=None, *, context=None): return a
    def g(*args): return args
    def add(a, b): return a + b
    def kwd(a, b=1, *, c=2): return a + b + c
    def counter():
        n = 0
        def inc(step):
            nonlocal n
            n += step
            return n
        return inc
    inc = counter()
    @types.coroutine
    def sl():
        yield
    async def co():
        for i in range(N):
            await sl()
    l = []
    ap = l.append
    b = B()
    if case == 'empty':
        for i in range(N): pass
    elif case == 'len':
        for i in range(N): len(l)
    elif case == 'ap':
        for i in range(N): ap(i)
    elif case == 'lap':
        for i in range(N): l.append(i)
    elif case == 'isinst':
        for i in range(N): isinstance(i, int)
    elif case == 'meth':
        for i in range(N): b.m(i)
    elif case == 'f':
        for i in range(N): f()
    elif case == 'kw':
        for i in range(N): kw(i, context=None)
    elif case == 'var':
        for i in range(N): g(i, i)
    elif case == 'dnew':
        for i in range(N): D(f, i, None)
    elif case == 'snew':
        for i in range(N): H(f, i, None)
    elif case == 'add':
        t = 0
        for i in range(N): t = add(t, i)
    elif case == 'kwd':
        t = 0
        for i in range(N): t = kwd(t, c=i & 3)
    elif case == 'clo':
        t = 0
        for i in range(N): t += inc(1)
    elif case == 'send':
        c = co()
        try:
            while True: c.send(None)
        except StopIteration: pass
main(sys.argv[1], int(sys.argv[2]))
