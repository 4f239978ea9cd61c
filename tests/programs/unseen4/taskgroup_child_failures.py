import asyncio
async def steps(n):
    for _ in range(n):
        await asyncio.sleep(0)
async def child(n):
    await steps(n)
    if n % 2:
        raise ValueError(f"odd {n}")
    try:
        await steps(100)
    except asyncio.CancelledError:
        print(f"child {n} cancelled by group")
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(5):
                tg.create_task(child(i), name=f"ch{i}")
    except* ValueError as eg:
        print("caught", repr(eg))
        for e in eg.exceptions:
            print(" -", repr(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", repr(eg))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child(2))
        t.cancel()
    print("t cancelled", t.cancelled())
asyncio.run(main())
