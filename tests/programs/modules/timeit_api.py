# timeit with a fake clock (so the results are deterministic): strings and callables,
# setup, globals, repeat, autorange's steps, the generated source and its errors.
import timeit


class FakeClock:
    """Advances by one 'second' per reading."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        self.now += 1.0
        return self.now


calls = []
print(timeit.timeit("calls.append(1)", number=5, timer=FakeClock(), globals=globals()))
print(len(calls))
print(timeit.timeit(lambda: calls.append(2), number=3, timer=FakeClock()))
print(calls.count(2))
print(timeit.repeat("x = y * 2", setup="y = 21", repeat=3, number=10, timer=FakeClock()))

t = timeit.Timer("total += 1", setup="total = 0", timer=FakeClock())
print(t.timeit(7), t.repeat(2, 4))
print(t.src.strip().splitlines()[0])

elapsed = [0.0]


def work():
    elapsed[0] += 0.001


steps = []
timer = timeit.Timer(work, timer=lambda: elapsed[0])
number, taken = timer.autorange(lambda n, s: steps.append(n))
print(number, round(taken, 6), steps)

ns = {"value": 10}
print(timeit.timeit("value * 2", globals=ns, number=2, timer=FakeClock()))
for bad in [("return 1",), ("x = (",), (42,), ("pass", 42)]:
    try:
        timeit.Timer(*bad)
    except (SyntaxError, ValueError) as exc:
        print(type(exc).__name__, exc.args[0])
real = timeit.timeit("sum(range(10))", number=100)
print(type(real).__name__, real >= 0)
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number,
      timeit.default_repeat)
