import asyncio

log = []

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")

async def shielded():
    inner = asyncio.create_task(child("inner", 0.01))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except TimeoutError:
        log.append("shield timeout")
    return await inner

async def cond_demo():
    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            return (i, items.pop(0))
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for x in "abc":
        async with cond:
            items.append(x)
            cond.notify(1)
        await asyncio.sleep(0)
    return sorted(await asyncio.gather(*cs))

async def barrier_demo():
    b = asyncio.Barrier(3)
    async def part(i):
        pos = await b.wait()
        return pos
    return sorted(await asyncio.gather(*(part(i) for i in range(3))))

async def callbacks():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, "soon1")
    loop.call_later(0.002, order.append, "later")
    h = loop.call_soon(order.append, "cancelled-handle")
    h.cancel()
    loop.call_soon(order.append, "soon2")
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future-set")
    order.append(await fut)
    await asyncio.sleep(0.01)
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: order.append(f"cb:{f.result()}"))
    fut2.set_result(7)
    await asyncio.sleep(0)
    try:
        fut2.set_result(8)
    except asyncio.InvalidStateError as e:
        order.append(f"invalid: {e}")
    return order

async def executor():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, sum, [1, 2, 3])
    r2 = await asyncio.to_thread(str.upper, "thread")
    return r1, r2

async def cancel_gather():
    t = asyncio.gather(child("g1", 0.5), child("g2", 1))
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("gather cancelled")

async def queue_full():
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        log.append("full")
    try:
        await asyncio.wait_for(q.put(3), 0.001)
    except TimeoutError:
        log.append("put timed out")
    log.append(f"qsize {q.qsize()} {q.full()} {q.empty()}")

async def main():
    print(await shielded())
    print(await cond_demo())
    print(await barrier_demo())
    print(await callbacks())
    print(await executor())
    await cancel_gather()
    await queue_full()
    async with asyncio.timeout(None) as cm:
        print(cm.when(), cm.expired())
    try:
        async with asyncio.timeout(0.001) as cm:
            await asyncio.sleep(0.1)
    except TimeoutError:
        print("expired", cm.expired())
    t = asyncio.create_task(child("named", 0), name="my-task")
    print(t.get_name(), t.done())
    await t
    print(t.done(), t.result(), repr(t.exception()))
    for line in log:
        print(line)

asyncio.run(main())
