import asyncio
import gc
import sys


async def boom():
    raise ValueError("never retrieved")


def bad_callback(x):
    print("callback", x)
    raise KeyError(x)


async def main():
    loop = asyncio.get_running_loop()
    print("handler:", loop.get_exception_handler())
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del t
    gc.collect()
    print("after gc", file=sys.stderr)


    f = loop.create_future()
    f.set_exception(RuntimeError("future never retrieved"))
    del f
    gc.collect()

    def handler(loop, context):
        keys = sorted(context)
        print("custom handler:", keys, repr(context.get("exception")), context["message"])

    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback, "k2")
    await asyncio.sleep(0)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del t
    gc.collect()
    loop.call_exception_handler({"message": "plain message"})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "plain default", "extra": 42})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)

    print("end of main")


asyncio.run(main())
print("done")
