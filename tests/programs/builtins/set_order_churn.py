# Set iteration order after many adds and removals: CPython's table (dummies left by
# removals, reused by later adds, resizes) decides the order, so pydive must follow it.
import random

rng = random.Random(12345)
s = set()
for step in range(3000):
    k = rng.randrange(200)
    op = rng.random()
    if op < 0.55:
        s.add(k)
    elif op < 0.9:
        s.discard(k)
    elif op < 0.95:
        s |= {rng.randrange(300) for _ in range(3)}
    else:
        s -= {rng.randrange(200) for _ in range(5)}
    if step % 250 == 0:
        print(step, list(s)[:25])
print(len(s), list(s))

words = set()
for step in range(600):
    w = "w%d" % rng.randrange(80)
    if rng.random() < 0.6:
        words.add(w)
    else:
        words.discard(w)
print(len(words), list(words))
t = {1, 2, 3}
t.discard(1)
t.add(9)
print(t, {x for x in t})
u = set(range(10))
for x in range(0, 10, 2):
    u.remove(x)
u.update([16, 32, 48])
print(u, u.pop(), u)
