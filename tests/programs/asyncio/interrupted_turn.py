# A callback that raises KeyboardInterrupt (or SystemExit) leaves run_forever at once; the
# callbacks that were ready in the same turn but not run yet stay first in line, before
# those scheduled meanwhile, and run when the loop runs again.
import asyncio

loop = asyncio.new_event_loop()
order = []

def note(name):
    order.append(name)

def boom(kind):
    order.append("boom " + kind.__name__)
    loop.call_soon(note, "scheduled by boom")
    raise kind("stop here")

for kind in (KeyboardInterrupt, SystemExit):
    order.clear()
    loop.call_soon(note, "a")
    loop.call_soon(boom, kind)
    loop.call_soon(note, "b")
    loop.call_soon(note, "c")
    try:
        loop.run_forever()
    except BaseException as exc:
        print("left run_forever with", type(exc).__name__, exc)
    print("pending after the interruption:", len(loop._ready))
    loop.call_soon(note, "added later")
    loop.call_soon(loop.stop)
    loop.run_forever()
    print(order)

# Cancelled handles among the leftovers are skipped.
order.clear()
loop.call_soon(boom, KeyboardInterrupt)
h = loop.call_soon(note, "cancelled one")
loop.call_soon(note, "kept")
try:
    loop.run_forever()
except KeyboardInterrupt:
    pass
h.cancel()
loop.call_soon(loop.stop)
loop.run_forever()
print(order)
loop.close()
