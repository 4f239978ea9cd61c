# Loops that replace call_soon or get_debug (in a subclass or on the instance) see every
# handle the tasks schedule go through their methods, as with CPython's C Task.
import asyncio

calls = []


class CountingLoop(asyncio.SelectorEventLoop):
    def call_soon(self, callback, *args, context=None):
        calls.append(getattr(callback, '__name__', None) in ('_done_callback', 'task_wakeup'))
        return super().call_soon(callback, *args, context=context)


class DebugLoop(asyncio.SelectorEventLoop):
    def get_debug(self):
        calls.append('get_debug')
        return False


async def work(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    return await asyncio.gather(work(1), work(2))


for cls in (CountingLoop, DebugLoop):
    calls.clear()
    loop = cls()
    print(cls.__name__, loop.run_until_complete(main()))
    print(len(calls) > 5, sorted(set(calls)))
    loop.close()

loop = asyncio.new_event_loop()
seen = []
plain_call_soon = loop.call_soon


def patched(callback, *args, context=None):
    seen.append(getattr(callback, '__name__', None) == '_run_until_complete_cb')
    return plain_call_soon(callback, *args, context=context)


loop.call_soon = patched
print(loop.run_until_complete(work(3)), len(seen), sorted(set(seen)))
del loop.call_soon
seen.clear()
print(loop.run_until_complete(work(3)), len(seen))
h = loop.call_soon(print, 'x')
print(type(h).__name__, h._source_traceback)
loop.set_debug(True)
h2 = loop.call_soon(print, 'y')
print(type(h2._source_traceback).__name__)
h.cancel()
h2.cancel()
loop.close()
