import asyncio

def bad_callback(x):
    raise ZeroDivisionError(f"division {x}")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    print("after callback error")
    try:
        raise KeyError("k")
    except KeyError as e:
        loop.call_exception_handler({"message": "with exception", "exception": e, "n": 1})
    print("end")

asyncio.run(main())
