# sys.set_coroutine_origin_tracking_depth: cr_origin and the never-awaited warning.
import gc
import sys


async def job():
    return 1


def make():
    return job()


def outer():
    return make()


print(sys.get_coroutine_origin_tracking_depth())
c = job()
print("untracked:", c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print([(name, line) for _, line, name in c.cr_origin])
print(all(fn == __file__ for fn, _, _ in c.cr_origin))
c.close()

sys.set_coroutine_origin_tracking_depth(10)
c = outer()
print([name for _, _, name in c.cr_origin])
c.close()

sys.set_coroutine_origin_tracking_depth(1)
c = make()
del c
gc.collect()
sys.set_coroutine_origin_tracking_depth(0)
c = make()
print("after reset:", c.cr_origin)
del c
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
print("end")
