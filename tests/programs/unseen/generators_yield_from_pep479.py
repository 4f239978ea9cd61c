import itertools, inspect

def sub():
    try:
        x = yield "s1"
        print("sub got", x)
        yield "s2"
    finally:
        print("sub finally")
    return "sub-result"

def top():
    r = yield from sub()
    print("top got", r)
    r2 = yield from iter([10, 20])
    print("iter result", r2)
    yield "end"

t = top()
print(next(t), t.send("hello"), inspect.getgeneratorstate(t))
print(t.gi_yieldfrom is not None, t.gi_yieldfrom.__name__ if t.gi_yieldfrom else None)
print(list(t))

t2 = top(); next(t2)
try:
    t2.throw(IndexError("thrown"))
except IndexError as e:
    print("propagated", e)

t3 = top(); next(t3); next(t3); next(t3)
try:
    t3.throw(ValueError("into list iterator"))
except ValueError as e:
    print("list iter throw", e)

def reentrant():
    yield me.send(None)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)

def leaks():
    yield 1
    next(iter([]))
try:
    list(leaks())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)))
print(list(itertools.compress("abcdef", (x % 2 for x in range(6)))))
print(list(itertools.starmap(pow, ((2, i) for i in range(5)))))
print(list(itertools.zip_longest((c for c in "ab"), range(3), fillvalue="-")))
a, b = itertools.tee(x * 3 for x in range(4))
print(list(a), next(b), list(b))
print(list(itertools.pairwise(i * i for i in range(5))))
print(list(itertools.batched((i for i in range(7)), 3)))
print(sorted(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.dropwhile(lambda x: x < 3, (i for i in range(6)))))
print(list(itertools.filterfalse(None, (0, 1, "", "x", None))))
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in "the quick brown fox".split()))
gen = (x for x in range(3))
print(next(gen), gen.gi_frame.f_lineno if gen.gi_frame else None, gen.gi_code.co_name)
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except GeneratorExit:
            print("closing with", received)
            return
        received.append(v)
e = echo(); next(e); e.send("a"); e.send("b"); e.close(); e.close()
try:
    e.send("c")
except StopIteration:
    print("stopped after close")
try:
    e2 = echo()
    e2.send("x")
except TypeError as err:
    print(err)
def gen_finally():
    try:
        yield 1
    finally:
        return "swallowed"
gf = gen_finally(); next(gf)
try:
    gf.throw(KeyError("k"))
except StopIteration as s:
    print("stop value", s.value)
def bad_gen():
    yield 1
    raise StopIteration("explicit")
for x in bad_gen():
    print("got", x)
