import asyncio
import gc
import sys

def handler(loop, context):
    msg = context.get("message")
    exc = context.get("exception")
    keys = sorted(k for k in context if k != "message")
    print("HANDLER:", msg, "|", repr(exc), "|", keys)

async def boom():
    raise ValueError("never awaited result")

async def forever():
    await asyncio.sleep(10)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del t
    gc.collect()
    await asyncio.sleep(0)
    f = loop.create_future()
    f.set_exception(KeyError("fut"))
    del f
    gc.collect()
    def bad_cb():
        raise RuntimeError("in callback")
    loop.call_soon(bad_cb)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom", "extra": 1})
    loop.set_exception_handler(None)
    print("default now")
    loop.call_exception_handler({"message": "custom default", "exception": ZeroDivisionError("z"), "k": "v"})
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del t
    gc.collect()
    f = loop.create_future()
    f.set_exception(KeyError("fut2"))
    del f
    gc.collect()
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError", e)
    loop.default_exception_handler({"message": "direct"})
    asyncio.create_task(forever(), name="leftover")
    print("main returning")

asyncio.run(main())
print("after run", file=sys.stderr)
