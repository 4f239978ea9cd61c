import asyncio, types
@types.coroutine
def bare_yield():
    yield
@types.coroutine
def bad_value():
    yield 42
class DuckFuture:
    _asyncio_future_blocking = False
    def __init__(self, loop):
        self._loop = loop
        self.cbs = []
        self.value = None
        self.isdone = False
    def get_loop(self):
        return self._loop
    def add_done_callback(self, cb, *, context=None):
        print("duck: add_done_callback", context is not None)
        self.cbs.append(cb)
    def remove_done_callback(self, cb):
        return 0
    def cancel(self, msg=None):
        print("duck cancel", msg)
        return False
    def done(self):
        return self.isdone
    def result(self):
        return self.value
    def set(self, v):
        self.value = v
        self.isdone = True
        for cb in self.cbs:
            self._loop.call_soon(cb, self)
    def __await__(self):
        if not self.isdone:
            self._asyncio_future_blocking = True
            yield self
        return self.result()
async def wrap(x):
    return await x
async def main():
    loop = asyncio.get_running_loop()
    order = []
    async def a():
        order.append("a1"); await bare_yield(); order.append("a2")
    async def b():
        order.append("b1"); await asyncio.sleep(0); order.append("b2")
    await asyncio.gather(a(), b())
    print(order)
    try:
        await asyncio.create_task(wrap(bad_value()))
    except RuntimeError as e:
        print("RuntimeError", e)
    fut = loop.create_future()
    @types.coroutine
    def yield_future_directly():
        yield fut
    t = asyncio.create_task(wrap(yield_future_directly()))
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError", e)
    duck = DuckFuture(loop)
    async def waits_duck():
        return await duck
    t = asyncio.create_task(waits_duck())
    await asyncio.sleep(0)
    print("task waiting", t.done())
    duck.set("duck-result")
    print(await t)
    other = asyncio.new_event_loop()
    foreign = other.create_future()
    async def waits_foreign():
        await foreign
    try:
        await asyncio.create_task(waits_foreign())
    except RuntimeError as e:
        print("RuntimeError", str(e).split(" attached")[0][:40])
    other.close()
    async def awaits_self():
        await me
    me = asyncio.create_task(awaits_self())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError", e)
    print(asyncio.isfuture(duck), asyncio.iscoroutine(waits_duck()), asyncio.isfuture(fut))
asyncio.run(main())
