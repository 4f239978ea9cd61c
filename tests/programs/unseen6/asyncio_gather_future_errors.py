import asyncio, sys, traceback

async def leaf(n):
    await asyncio.sleep(0)
    if n == 2:
        raise LookupError(f"leaf {n}")
    return n

async def mid(n):
    return await leaf(n)

async def main():
    results = await asyncio.gather(mid(1), mid(2), mid(3), return_exceptions=True)
    print(results)
    e = results[1]
    print("".join(traceback.format_exception(e)).replace(sys.prefix, "PREFIX"))
    t = asyncio.create_task(mid(2), name="midtask")
    try:
        await t
    except LookupError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print([(f.name, f.line) for f in tb])
    print(t.get_stack())
    t2 = asyncio.create_task(mid(5))
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t2.get_stack()])
    print(await t2)
    try:
        await asyncio.gather(mid(2), mid(1))
    except LookupError as e:
        print("gather raised", e)
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(ValueError("fx"))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    print(repr(fut.exception()))
    try:
        fut.set_exception(StopIteration())
    except (TypeError, asyncio.InvalidStateError) as e:
        print(type(e).__name__, e)
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2.add_done_callback(lambda f: print("done cb", f.result()))
    f2.set_result(3)
    await asyncio.sleep(0)
    print(f2.remove_done_callback(print))

asyncio.run(main())
