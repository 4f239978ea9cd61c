# Corners of the task functions: wait()'s argument checks and return_when, wait_for with a
# zero timeout, gather (duplicates, return_exceptions with a cancelled child, cancel),
# shield, as_completed timing out, ensure_future errors, current_task/all_tasks.
import asyncio
from asyncio import tasks


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def boom(delay=0):
    await asyncio.sleep(delay)
    raise ValueError('boom')


async def main():
    loop = asyncio.get_running_loop()
    for bad in (loop.create_future(), [], set()):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    c = value(1)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()
    t = asyncio.ensure_future(value(1))
    try:
        await asyncio.wait([t], return_when='SOMETIMES')
    except ValueError as e:
        print(e)
    fs = [asyncio.ensure_future(value(1, 0.01)), asyncio.ensure_future(boom(0.02)),
          asyncio.ensure_future(value(3, 0.5))]
    done, pending = await asyncio.wait(fs, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception:', len(done), len(pending))
    done, pending = await asyncio.wait(fs, timeout=0.01)
    print('timeout:', len(done), len(pending))
    fs[2].cancel()
    done, pending = await asyncio.wait(fs)
    print('all:', len(done), len(pending))

    print('wait_for 0 done:', await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(value(2, 1), 0)
    except TimeoutError as e:
        print('wait_for 0 pending:', type(e).__name__, type(e.__cause__).__name__)
    print('wait_for None:', await asyncio.wait_for(value(5), None))

    same = asyncio.ensure_future(value('s'))
    print('gather dup:', await asyncio.gather(same, same, value('x')))
    victim = asyncio.ensure_future(value('v', 1))
    g = asyncio.gather(victim, boom(), value(7), return_exceptions=True)
    await asyncio.sleep(0)
    victim.cancel('stop it')
    print('gather rx:', [repr(r) for r in await g])
    g = asyncio.gather(value(1, 1), value(2, 1))
    await asyncio.sleep(0)
    print('gather cancel:', g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    g = asyncio.gather(boom(), value(2))
    try:
        await g
    except ValueError as e:
        print('gather error:', e)
    print('gather done:', g.cancel())

    inner = asyncio.ensure_future(value('inner', 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    print('shield:', outer.cancelled(), await inner)
    print('shield done:', asyncio.shield(inner) is inner)
    inner = asyncio.ensure_future(boom(0))
    try:
        await asyncio.shield(inner)
    except ValueError as e:
        print('shield error:', e)

    out = []
    for nxt in asyncio.as_completed([value('slow', 1), value('fast', 0)], timeout=0.05):
        try:
            out.append(await nxt)
        except TimeoutError:
            out.append('timeout')
    print('as_completed:', out)
    try:
        for _ in asyncio.as_completed(loop.create_future()):
            pass
    except TypeError as e:
        print(e)

    for bad in (42, 'text'):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print(e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(loop.create_future(), loop=other)
    except ValueError as e:
        print(e)
    other.close()
    print(asyncio.current_task() is tasks._py_current_task(),
          asyncio.current_task() in asyncio.all_tasks())
    print(tasks._py_swap_current_task.__name__, tasks._py_leave_task.__name__)
    try:
        tasks._enter_task(loop, t)
    except RuntimeError as e:
        print(str(e).split(' while ')[0].startswith('Cannot enter into task'))
    named = asyncio.create_task(value(0), name='named')
    print(named.get_name(), await named)
    await asyncio.sleep(0.6)


asyncio.run(main())
