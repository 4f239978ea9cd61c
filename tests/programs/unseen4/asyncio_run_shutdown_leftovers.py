import asyncio, sys
async def forever():
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("forever: cancelled at shutdown")
        raise
    finally:
        print("forever: finally")
async def crasher():
    raise RuntimeError("nobody awaits me")
async def agen(name):
    try:
        for i in range(10):
            yield i
    finally:
        print(f"agen {name} finalized, loop running:", asyncio.get_running_loop().is_running())
async def bad_cleanup():
    try:
        await asyncio.get_running_loop().create_future()
    finally:
        raise ValueError("error during cancellation cleanup")
async def main():
    asyncio.create_task(forever())
    t = asyncio.create_task(crasher())
    g = agen("A")
    async for x in g:
        if x == 2:
            break
    h = agen("B")
    await h.__anext__()
    print("main leaves with agens open")
    await asyncio.sleep(0)
    print("main done", t.done())
    del t
    return "main-result"
print(asyncio.run(main()))
async def main2():
    asyncio.create_task(bad_cleanup())
    await asyncio.sleep(0)
print(asyncio.run(main2()))
print("after runs")
