# RSS growth per object, 100,000 of one kind alive at once: `pydive asyncio_parts.py KIND`
# (future, task, waittask = a task suspended on Event.wait(), ctx, handle, coro, ...).
import asyncio, contextvars, sys, collections
def rss():
    with open('/proc/self/status') as f:
        for line in f.read().splitlines():
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) * 1024
N = 100_000
class E:
    def __init__(self): self.a = 1; self.b = 2
async def coro0(): pass
async def waiter(event): await event.wait()
async def w2(f): await f
def nop(*a): pass
async def main(what):
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    f = loop.create_future()
    d = collections.deque()
    t = asyncio.current_task()
    makers = {
        'list': lambda: None,
        'object': object,
        'inst2': E,
        'ctx': contextvars.copy_context,
        'future': loop.create_future,
        'coro': lambda: waiter(ev),
        'task': lambda: loop.create_task(coro0()),
        'handle': lambda: loop.call_soon(nop),
        'addcb': lambda: f.add_done_callback(nop),
        'deque': lambda: d.append(1),
        'waittask': lambda: loop.create_task(waiter(ev)),
        'futtask': lambda: loop.create_task(w2(loop.create_future())),
        'boundm': lambda: t.cancel,
    }
    b = rss(); keep = [makers[what]() for _ in range(N)]; a = rss()
    extra = ''
    if what in ('waittask', 'futtask'):
        await asyncio.sleep(0); c = rss(); extra = f' +{(c-a)/N:.0f} after first step = {(c-b)/N:.0f}'
    print(f'{what:10s} {(a-b)/N:8.0f}{extra}')
    if what == 'coro':
        for c in keep: c.close()
    ev.set()
asyncio.run(main(sys.argv[1]))
