# cr_* attributes, inspect states, close, throw
import inspect
class Pause:
    def __await__(self):
        yield "paused"
async def coro():
    try:
        await Pause()
        await Pause()
    finally:
        print("coro finally")
c = coro()
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_frame is not None)
print(c.send(None))
print(inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_frame.f_lineno, c.cr_suspended)
try:
    c.throw(ValueError("thrown in"))
except ValueError as e:
    print("ValueError:", e)
print(inspect.getcoroutinestate(c), c.cr_frame)
d = coro()
d.send(None)
d.close()
print(inspect.getcoroutinestate(d))
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(inspect.iscoroutinefunction(coro), inspect.iscoroutine(d), coro.__code__.co_flags & 0x80 != 0)
e = coro()
e.close()
print(inspect.getcoroutinestate(e))
async def done(): return 1
f = done()
try:
    f.send(None)
except StopIteration as s:
    print("value", s.value)
try:
    f.send(None)
except RuntimeError as err:
    print("RuntimeError:", err)
