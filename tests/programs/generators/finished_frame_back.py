# A generator's frame is unlinked from its caller when it ends (gen_send_ex2), so a frame
# kept by a traceback does not keep the caller's frame (and its locals) alive.
import sys


class Owner:
    def __del__(self):
        print("Owner freed")


def gen():
    yield 1
    raise ValueError("boom")


def drive():
    owner = Owner()
    g = gen()
    next(g)
    try:
        next(g)
    except ValueError as e:
        return e


err = drive()
tb = err.__traceback__
while tb.tb_next:
    tb = tb.tb_next
print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back)
print("after drive")
del err, tb
print("after del")


def running_back():
    def inner():
        yield sys._getframe().f_back.f_code.co_name
        yield sys._getframe().f_back
    g = inner()
    print(next(g))
    print(next(g).f_code.co_name)
    return g


g = running_back()
print(g.gi_frame.f_back)
