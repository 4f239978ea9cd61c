import asyncio

async def ok(n, d):
    await asyncio.sleep(d)
    print("ok", n)
    return n

async def bad(n, d, exc=ValueError):
    await asyncio.sleep(d)
    print("bad", n)
    raise exc(f"bad {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1, 0.01))
        t2 = tg.create_task(ok(2, 0))
        print(repr(tg))
    print(t1.result(), t2.result(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(3, 0.05))
            tg.create_task(bad(4, 0.01))
            tg.create_task(bad(5, 0.01, TypeError))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("ValueError group:", repr(eg), [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError group:", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(6, 0.01))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", [repr(e) for e in eg.exceptions])
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(ok(7, 0))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
