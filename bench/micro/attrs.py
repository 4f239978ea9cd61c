# Attribute access micro-benchmarks: `pydive attrs.py CASE N` runs one statement N times.
# bench/micro/attrs_cg.sh counts instructions per iteration with callgrind.
import collections
import math
import sys


def main(case, N):
    class H:
        __slots__ = ('a', 'b', 'c', 'd')

        def __init__(self, a, b, c):
            self.a = a; self.b = b; self.c = c; self.d = None

    class D:
        state = 'PENDING'

        def __init__(self, a, b, c):
            self.a = a; self.b = b; self.c = c; self.d = None

        def m(self, x):
            return x

    h = H(1, 2, 3)
    d = D(1, 2, 3)
    l = []
    dq = collections.deque()
    if case == 'empty':
        for i in range(N): pass
    elif case == 'sread':
        for i in range(N): h.a; h.b; h.c; h.d
    elif case == 'swrite':
        for i in range(N): h.a = i; h.b = i
    elif case == 'dread':
        for i in range(N): d.a; d.b; d.c; d.d
    elif case == 'dwrite':
        for i in range(N): d.a = i; d.b = i
    elif case == 'default':
        for i in range(N): d.state
    elif case == 'meth':
        for i in range(N): d.m(i)
    elif case == 'lap':
        for i in range(N): l.append(i)
    elif case == 'dq':
        for i in range(N): dq.append(i); dq.popleft()
    elif case == 'cls':
        for i in range(N): D.state
    elif case == 'mod':
        for i in range(N): math.pi
    elif case == 'strm':
        for i in range(N): 'x'.upper()


main(sys.argv[1], int(sys.argv[2]))
