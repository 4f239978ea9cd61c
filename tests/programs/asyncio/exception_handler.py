import asyncio

def bad_callback(x):
    raise ZeroDivisionError(f"division {x}")

def handler(loop, context):
    print("handler:", sorted(context), context["message"])
    print("  exception:", repr(context.get("exception")))

async def fails():
    raise ValueError("never retrieved")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom", "extra": 5})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to default", "zeta": [1], "alpha": "a"})
    loop.call_exception_handler({})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
