import asyncio

async def sleeper(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(tag, "got", repr(e), asyncio.current_task().cancelling())
        raise

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancel, uncancel ->", asyncio.current_task().uncancel())
    await asyncio.sleep(0)
    return "survived"

async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling(), t.cancelled())
    print(repr(t).split(" coro=")[0])
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting t1:", repr(e))
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))
    t2 = asyncio.create_task(sleeper("t2"))
    print("cancel before first step:", t2.cancel())
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2:", repr(e))
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelling())
    f = asyncio.get_running_loop().create_future()
    print(f.cancel(msg="fut msg"), f.cancelled(), repr(f))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future:", repr(e))
    f2 = asyncio.get_running_loop().create_future()
    f2.set_result(1)
    print(f2.cancel(), f2.result())
    try:
        f2.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f3 = asyncio.get_running_loop().create_future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f3.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f3.set_exception(KeyError)
    print(repr(f3.exception()), repr(f3))

asyncio.run(main())
