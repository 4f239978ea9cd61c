# Ready queue FIFO, timers by deadline, ties in heap order, callbacks scheduled
# during an iteration run in the next one.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
log = []

def cb(name, *more):
    log.append(name)
    print("cb", name, loop.is_running())
    for m in more:
        loop.call_soon(cb, m)

loop.call_soon(cb, "a", "a1", "a2")
loop.call_soon(cb, "b", "b1")
loop.call_later(0.2, cb, "t2")
loop.call_later(0.1, cb, "t1")
t0 = loop.time()
for i in range(5):
    loop.call_at(t0 + 0.3, cb, f"tie{i}")
h = loop.call_later(0.15, cb, "never")
h.cancel()
print(h.cancelled(), repr(h).split(" when=")[0], h.when() > t0)
loop.call_later(0.5, loop.stop)
loop.run_forever()
print(log)
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(cb, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
print(repr(loop))
