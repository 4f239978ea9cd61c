# The eval loop's fast paths (instructions run without the general dispatch) keep CPython's
# behaviour: when an overwritten or popped object's __del__ runs, truth of ints/None/bools in
# conditional jumps, `not`, returns and yields, line events of sys.settrace, tracebacks.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def store_fast_overwrite():
    x = Noisy("a")
    print("before store")
    x = Noisy("b")
    print("after store")
    x = 1
    print("after int store")
    return x


def pop_top_heap():
    Noisy("popped")
    print("after pop")
    [Noisy("in list")]
    print("after list pop")


def none_jumps(vals):
    out = []
    for v in vals:
        if v is None:
            out.append("none")
        elif v is not None and not v:
            out.append("falsy")
        else:
            out.append("truthy")
    return out


def jump_on_temp():
    # POP_JUMP_IF_NOT_NONE on a temporary heap object: dropped at the jump.
    if Noisy("temp") is not None:
        print("temp was not None")
    print("after temp jump")


def int_truth(n):
    r = []
    for i in range(-2, n):
        if i:
            r.append(i)
        if not i:
            r.append("zero")
    while n:
        n -= 1
    r.append(n)
    return r


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


def gen_overwrite():
    g = gen()
    print(next(g))
    g = None
    print("after generator dropped")


async def coro_inner():
    return Noisy("coro result")


async def coro_outer():
    r = await coro_inner()
    print("awaited", r.name)
    r = None
    print("after awaited result dropped")
    return 5


def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


def lasti_and_lines():
    f = sys._getframe()
    a = f.f_lineno
    b = not True
    c = None
    if c is None:
        d = f.f_lineno
    return a, b, d, f.f_lasti > 0


def raises_in_loop():
    x = None
    for i in range(3):
        x = i
        if i == 2:
            return 1 // (x - 2)


store_fast_overwrite()
pop_top_heap()
print(none_jumps([None, 0, "", [], 1, "a", False, True, 0.0]))
jump_on_temp()
print(int_truth(3))
gen_overwrite()
print(drive(coro_outer()))
print(lasti_and_lines())
try:
    raises_in_loop()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError at line", tb.tb_lineno, tb.tb_frame.f_code.co_name)

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("int_truth", "none_jumps", "store_fast_overwrite"):
        events.append((frame.f_code.co_name, event, frame.f_lineno))
    return tracer


sys.settrace(tracer)
int_truth(1)
none_jumps([None, 0])
store_fast_overwrite()
sys.settrace(None)
for e in events:
    print(e)
print("done")
