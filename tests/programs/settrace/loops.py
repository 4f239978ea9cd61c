# Line events on loop back-edges: CPython 3.12 reports a 'line' event when a backward jump
# lands on the same line it left from, and on each new line otherwise.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print(event, frame.f_code.co_name, frame.f_lineno, frame.f_lasti)
    return tracer


def for_list():
    total = 0
    for x in [1, 2, 3]:
        total += x
    return total


def for_one_line():
    for x in range(3): pass


def while_loop():
    i = 0
    while i < 3:
        i += 1
    return i


def while_one_line():
    i = 0
    while i < 3: i += 1
    return i


def break_continue():
    out = []
    for i in range(6):
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    else:
        out.append("else")
    return out


def nested_loops():
    n = 0
    for i in range(2):
        for j in range(2):
            n += i * j
    return n


def comprehension():
    squares = [x * x for x in range(3)]
    evens = {x for x in range(4) if x % 2 == 0}
    return squares, evens


def gen():
    yield 1
    yield 2


def for_generator():
    seen = []
    for v in gen():
        seen.append(v)
    return seen


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def for_iterator_class():
    return [v for v in Countdown(2)]


def gen_with_value():
    yield 1
    return "finished"


def for_generator_returning_value():
    for v in gen_with_value():
        pass


sys.settrace(tracer)
for_list()
for_one_line()
while_loop()
while_one_line()
break_continue()
nested_loops()
comprehension()
for_generator()
for_iterator_class()
for_generator_returning_value()
sys.settrace(None)
print("done")
