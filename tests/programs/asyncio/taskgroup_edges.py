# TaskGroup corners: misuse errors, the body's own error joining the children's, an outside
# cancellation while waiting for children, reprs, eager tasks finishing inside
# create_task, a child failing after its parent task finished.
import asyncio


async def ok(v, d=0):
    await asyncio.sleep(d)
    return v


async def bad(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(str(e).split(' has ')[1])
    c.close()
    async with tg:
        print(repr(tg))
        t = tg.create_task(ok(1), name='one')
        print(repr(tg), t.get_name())
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(str(e).split(' has ')[1])
    c = ok(2)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(str(e).split('> ')[1])
    c.close()

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad('child', 0.01))
            tg.create_task(ok(2, 1))
            raise KeyError('body')
    except* KeyError as eg:
        print('body:', [repr(e) for e in eg.exceptions])
    except* ValueError as eg:
        print('children:', [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad('first'))
            slow = tg.create_task(ok(3, 1))
            await asyncio.sleep(0.5)
            print('not reached')
    except ExceptionGroup as eg:
        print('group:', eg.message, [repr(e) for e in eg.exceptions], slow.cancelled())

    async def outer():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(5, 10))
    o = asyncio.ensure_future(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled', o.cancelled())

    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(ok(6))
        print('eager:', t.done(), repr(tg))
    loop.set_task_factory(None)
    print('eager result:', t.result())

    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append(ctx['message'].split(' has ')[1]))
    holder = {}

    async def parent():
        tg = asyncio.TaskGroup()
        await tg.__aenter__()
        holder['tg'] = tg
        holder['late'] = tg.create_task(bad('late', 0.01))
        return 'parent done'
    print(await asyncio.ensure_future(parent()))
    await asyncio.sleep(0.05)
    print('late:', seen, repr(holder['late'].exception()))


asyncio.run(main())
