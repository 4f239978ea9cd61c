# trace: Trace(count=..., trace=...).runfunc, line output, counts, countfuncs, countcallers.
import os, trace


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


def main(k):
    total = 0
    for i in range(k):
        total += fib(i)
    return total + Box(3).double()


print("== trace and count")
t = trace.Trace(count=1, trace=1)
print("result", t.runfunc(main, 3))
r = t.results()
for (filename, line), n in sorted(r.counts.items()):
    print(os.path.basename(filename), line, n)

print("== count only")
t = trace.Trace(count=1, trace=0)
print("result", t.runfunc(fib, 5))
print(sorted((line, n) for (f, line), n in t.results().counts.items()))

print("== countfuncs")
t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(main, 2)
for filename, mod, func in sorted(t.results().calledfuncs):
    print(os.path.basename(filename), mod, func)

print("== countcallers")
t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(main, 2)
for caller, callee in sorted(t.results().callers):
    if caller[0] == __file__:
        print(caller[1:], "->", callee[1:])

print("== ignoremods")
t = trace.Trace(count=1, trace=1, ignoremods=["trace_runfunc"])
print("result", t.runfunc(fib, 3), t.results().counts)

print("== nothing")
t = trace.Trace(count=0, trace=0)
print(t.donothing, t.runfunc(fib, 4))

print("== runctx")
t = trace.Trace(count=1, trace=1)
t.runctx("x = fib(2)", {"fib": fib}, None)
print(sorted(line for (f, line) in t.results().counts))

print("== update and write_results_file")
a = trace.CoverageResults({("f.py", 1): 2})
a.update(trace.CoverageResults({("f.py", 1): 3, ("f.py", 2): 1}))
print(sorted(a.counts.items()), a.is_ignored_filename("<string>"), a.is_ignored_filename("x.py"))
import tempfile
with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "x.cover")
    print(a.write_results_file(out, ["a = 1\n", "b = 2\n", "c = 3\n", "d = 4  #pragma NO COVER\n"],
                               {1: 1, 2: 1, 3: 1, 4: 1}, {1: 5, 2: 1}))
    with open(out) as f:
        print(f.read(), end="")
