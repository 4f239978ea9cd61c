# The task's step and wake-up callbacks run straight from the ready queue inside the task's
# context; loop.create_task makes the Task class asyncio.tasks.Task names at call time; the
# loop's hash for the current-task table (a loop class with its own __hash__ too).
import asyncio
import asyncio.tasks
import contextvars

var = contextvars.ContextVar('var', default='unset')


async def stepper(tag, n, log):
    var.set(tag)
    for i in range(n):
        log.append((tag, i, var.get(), asyncio.current_task().get_name()))
        await asyncio.sleep(0)
    return tag


async def waiter(fut, log):
    log.append(('waiter', 'before', var.get()))
    try:
        v = await fut
    except ValueError as e:
        log.append(('waiter', 'error', repr(e)))
        raise
    log.append(('waiter', 'after', v, var.get()))
    return v


async def sleeper():
    await asyncio.sleep(10)


async def main():
    log = []
    loop = asyncio.get_running_loop()
    # Steps interleave in call_soon order; each task sees its own context.
    t1 = loop.create_task(stepper('a', 3, log))
    t2 = asyncio.create_task(stepper('b', 2, log), name='named')
    t3 = loop.create_task(stepper('c', 1, log), name=42)
    print(await asyncio.gather(t1, t2, t3))
    for entry in log:
        print(entry)
    print(t2.get_name(), repr(t3.get_name()), var.get())

    # A context given to create_task is the one the steps run in.
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    t = loop.create_task(stepper('d', 2, log), context=ctx)
    await t
    print(ctx[var], t.get_context() is ctx, var.get())

    # Wake-ups: a future's result, then an exception thrown into the coroutine.
    log.clear()
    fut = loop.create_future()
    t = loop.create_task(waiter(fut, log))
    await asyncio.sleep(0)
    fut.set_result('value')
    print(await t, log)
    log.clear()
    fut = loop.create_future()
    t = loop.create_task(waiter(fut, log))
    await asyncio.sleep(0)
    fut.set_exception(ValueError('bad'))
    try:
        await t
    except ValueError as e:
        print('raised', repr(e), log)

    # Cancellation goes in as a step with an exception.
    t = loop.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel('stop')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled', e.args, t.cancelled())

    # create_task reads asyncio.tasks.Task when it runs.
    class MyTask(asyncio.Task):
        made = 0

        def __init__(self, *args, **kwargs):
            MyTask.made += 1
            super().__init__(*args, **kwargs)

    saved = asyncio.tasks.Task
    asyncio.tasks.Task = MyTask
    try:
        t = loop.create_task(stepper('e', 1, []), name='mine')
        print(type(t).__name__, t.get_name(), await t, MyTask.made)
    finally:
        asyncio.tasks.Task = saved
    t = loop.create_task(stepper('f', 1, []))
    print(type(t).__name__, await t, MyTask.made)

    # Not a coroutine.
    try:
        loop.create_task(42)
    except TypeError as e:
        print('TypeError', e)
    gen = (x for x in ())
    try:
        loop.create_task(gen)
    except TypeError as e:
        print('TypeError', str(e).split(' object ')[0])


asyncio.run(main())


# A loop class with a __hash__ of its own: the current-task table still works.
class HashLoop(asyncio.SelectorEventLoop):
    def __hash__(self):
        return 12345


class IdLoop(asyncio.SelectorEventLoop):
    pass


for cls in (HashLoop, IdLoop):
    loop = cls()
    try:
        log = []
        print(cls.__name__, loop.run_until_complete(stepper('h', 2, log)), log)
        # The class gains a __hash__ afterwards.
        cls.__hash__ = lambda self: 7
        print(cls.__name__, loop.run_until_complete(stepper('i', 2, log)), len(log))
    finally:
        loop.close()
