import asyncio
import functools

def cb(tag, *args):
    print("cb", tag, args)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    h1 = loop.call_later(0.03, cb, "later-30")
    h2 = loop.call_at(t0 + 0.01, cb, "at-10")
    h3 = loop.call_later(0.02, cb, "later-20")
    loop.call_soon(cb, "soon-1")
    loop.call_soon(cb, "soon-2", 1, 2)
    h4 = loop.call_later(0.04, cb, "cancelled")
    h4.cancel()
    print(h4.cancelled(), h1.cancelled())
    print(type(h1).__name__, type(loop.call_soon(cb, "soon-3")).__name__)
    print(h1.when() - t0 > 0.029)
    p = functools.partial(cb, "partial", 9)
    hp = loop.call_soon(p)
    print(repr(hp).replace(__file__, "FILE"))
    print(repr(h4).split(' when=')[0])
    await asyncio.sleep(0.05)
    def chain(n):
        print("chain", n)
        if n:
            loop.call_soon(chain, n - 1)
    loop.call_soon(chain, 3)
    loop.call_soon(cb, "interleave")
    await asyncio.sleep(0)
    print("after one sleep(0)")
    await asyncio.sleep(0.01)
    # handle order for equal deadlines: fifo by insertion
    t = loop.time() + 0.01
    for i in range(3):
        loop.call_at(t, cb, f"same-{i}")
    await asyncio.sleep(0.02)
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("done cb 1", fut.result()))
    f.add_done_callback(lambda fut: print("done cb 2"))
    def rm(fut): print("removed")
    f.add_done_callback(rm)
    print("removed count", f.remove_done_callback(rm))
    f.set_result("R")
    print("set")
    await asyncio.sleep(0)
    f.add_done_callback(lambda fut: print("late cb"))
    await asyncio.sleep(0)
    print(loop.is_running(), loop.is_closed(), loop.get_debug())

asyncio.run(main())
loop = asyncio.new_event_loop()
loop.call_soon(cb, "manual")
loop.call_later(0.01, loop.stop)
loop.run_forever()
print(loop.is_running())
loop.close()
try:
    loop.call_soon(cb, "closed")
except RuntimeError as e:
    print("RuntimeError", e)
