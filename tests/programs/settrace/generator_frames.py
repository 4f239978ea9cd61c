# A generator's frame while stepping it: gi_frame.f_lasti and f_lineno, gi_running,
# gi_suspended, inspect.getgeneratorstate; a coroutine's cr_await chain and
# inspect.getcoroutinestate.
import dis
import inspect
import types


def gen():
    x = 1
    yield x
    y = x + 1
    yield y
    return "end"


def op_at(frame):
    return dis.opname[frame.f_code.co_code[frame.f_lasti]]


g = gen()
print(inspect.getgeneratorstate(g), g.gi_frame.f_lasti, g.gi_frame.f_lineno, g.gi_running,
      g.gi_suspended)
while True:
    try:
        v = next(g)
    except StopIteration as e:
        print("stop", e.value)
        break
    f = g.gi_frame
    print(v, inspect.getgeneratorstate(g), f.f_lasti, op_at(f), f.f_lineno,
          sorted(f.f_locals.items()), g.gi_suspended)
print(inspect.getgeneratorstate(g), g.gi_frame)


def watcher():
    me = yield
    while True:
        state = inspect.getgeneratorstate(me)
        running = me.gi_running
        me = yield (state, running)


w = watcher()
next(w)
print("seen from inside:", w.send(w))
w.close()
print("closed:", inspect.getgeneratorstate(w))


@types.coroutine
def pause():
    yield "paused"


async def leaf():
    await pause()
    return 1


async def middle():
    return await leaf()


async def top():
    return await middle()


c = top()
print(inspect.getcoroutinestate(c))
print("yielded:", c.send(None))
print(inspect.getcoroutinestate(c))
chain = []
aw = c
while aw is not None:
    name = getattr(aw, "__qualname__", type(aw).__name__)
    frame = getattr(aw, "cr_frame", None) or getattr(aw, "gi_frame", None)
    chain.append((name, frame.f_lineno if frame else None))
    aw = getattr(aw, "cr_await", None) if hasattr(aw, "cr_await") else getattr(aw, "gi_yieldfrom", None)
print("await chain:", chain)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(c), c.cr_await, c.cr_frame)


def outer_gen():
    yield from gen()


og = outer_gen()
next(og)
print("gi_yieldfrom:", og.gi_yieldfrom.__name__, og.gi_yieldfrom.gi_frame.f_lineno)
og.close()
print("after close:", og.gi_yieldfrom, og.gi_frame)
