# A coverage-style line counter and a call graph built with sys.settrace, as teaching tools
# build them.
import sys
from collections import Counter, defaultdict

hits = Counter()
edges = defaultdict(int)


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename != __file__:
        return None
    if event == "call":
        caller = frame.f_back
        src = caller.f_code.co_name if caller is not None else None
        edges[(src, code.co_name)] += 1
    if event == "line":
        hits[(code.co_name, frame.f_lineno - code.co_firstlineno)] += 1
    return tracer


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def classify(values):
    out = {"small": 0, "large": 0}
    for v in values:
        if v < 10:
            out["small"] += 1
        else:
            out["large"] += 1
    return out


def main():
    a = [collatz(k) for k in (6, 7)]
    b = fib(5)
    c = classify(a + [b])
    return a, b, c


sys.settrace(tracer)
result = main()
sys.settrace(None)
print(result)
for (name, offset), count in sorted(hits.items()):
    print(f"{name:8} +{offset:<2} {count}")
for (src, dst), count in sorted(edges.items(), key=str):
    print(f"{src} -> {dst}: {count}")
