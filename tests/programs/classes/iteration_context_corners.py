# Iteration and context-manager protocols: unpacking counts, __length_hint__, __exit__
# suppressing, generators closed or dropped, send/StopIteration values, reversed fallbacks.
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), max(It()), sorted(It(), reverse=True))
a, b, c = It(); print(a, b, c)
try: a, b = It()
except ValueError as e: print(e)
try: a, b, c, d = It()
except ValueError as e: print(e)
first, *rest = It(); print(first, rest)
class LH:
    def __length_hint__(self): return 5
    def __iter__(self): return iter([1])
print(list(LH()))
import operator
print(operator.length_hint(LH()), operator.length_hint([], 3), operator.length_hint(iter(range(4))))
class BadNext:
    def __iter__(self): return self
try: list(BadNext())
except TypeError as e: print(e)
class CM:
    def __init__(self, sup): self.sup = sup
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return self.sup
with CM(True) as v:
    print(v); raise KeyError("k")
print("suppressed")
try:
    with CM(False): raise KeyError("k2")
except KeyError as e: print("propagated", e)
try:
    with CM(0), CM(1): raise ValueError("v")
except ValueError: print("not here")
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except TypeError as e: print(e)
class NotCM: pass
try:
    with NotCM(): pass
except TypeError as e: print(e)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen(); print(next(g)); g.close(); print("closed")
g = gen(); next(g); del g; print("deleted")
def g2():
    x = yield 1
    print("got", x)
    yield x * 2
g = g2(); print(next(g), g.send(5))
try: g.send(1)
except StopIteration as e: print("stop", e.value)
def g3():
    return (yield)
g = g3(); next(g)
try: g.send(9)
except StopIteration as e: print("ret", e.value)
it = iter([1, 2]); print(next(it), next(it), next(it, "dflt"))
r = reversed([1, 2, 3]); print(r.__length_hint__(), list(r))
class Rev:
    def __reversed__(self): return iter("cba")
print(list(reversed(Rev())))
class SeqRev:
    def __len__(self): return 2
    def __getitem__(self, i): return "xy"[i]
print(list(reversed(SeqRev())))
try: reversed({})
except TypeError as e: print(e)
print(list(zip(It(), "ab")), list(enumerate(It(), 10)))
try: list(zip([1], [2, 3], strict=True))
except ValueError as e: print(e)
print(list(map(operator.add, It(), It())), list(filter(None, [0, 1, "", "a"])))
