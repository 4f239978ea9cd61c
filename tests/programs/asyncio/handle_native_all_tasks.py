# all_tasks(): pending tasks of the loop only; finished tasks leave it, and tasks nobody
# holds any more are gone from it (weak registry); _unregister_task/_register_task;
# eager tasks; another loop's tasks.
import asyncio
import gc


async def waiter(ev):
    await ev.wait()


async def quick():
    return 1


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev), name=f'w{i}') for i in range(3)]
    q = asyncio.create_task(quick(), name='quick')
    print(names(asyncio.all_tasks()), me in asyncio.all_tasks())
    await asyncio.sleep(0)
    print(names(asyncio.all_tasks()), q.done())
    del q
    gc.collect()
    print(names(asyncio.all_tasks()))
    asyncio.tasks._unregister_task(ts[0])
    print(names(asyncio.all_tasks()))
    asyncio.tasks._register_task(ts[0])
    print(names(asyncio.all_tasks()))
    ev.set()
    await asyncio.gather(*ts)
    print(names(asyncio.all_tasks()))
    del ts
    # many short tasks, created and finished, none left behind
    for _ in range(3):
        await asyncio.gather(*(quick() for _ in range(500)))
    gc.collect()
    print(names(asyncio.all_tasks()), len(asyncio.all_tasks(loop)))
    # eager: the task is in all_tasks() during its first step
    loop.set_task_factory(asyncio.eager_task_factory)
    async def look():
        return names(asyncio.all_tasks())
    t = asyncio.create_task(look(), name='eager')
    print(t.done(), t.result())
    e2 = asyncio.create_task(waiter(ev2 := asyncio.Event()), name='eager-pending')
    print(names(asyncio.all_tasks()))
    ev2.set()
    await e2
    loop.set_task_factory(None)
    # a task of another loop is not ours
    ot = other.create_task(quick(), name='other')
    print(names(asyncio.all_tasks()), names(asyncio.all_tasks(other)))
    return ot


other = asyncio.new_event_loop()
ot = asyncio.run(main())
print(names(asyncio.all_tasks(other)))
print(other.run_until_complete(ot), names(asyncio.all_tasks(other)))
other.close()
