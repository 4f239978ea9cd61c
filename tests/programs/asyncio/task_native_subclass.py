# Subclassing the native Future and Task, task factories, cancellation messages,
# uncancel/cancelling, names, get_coro/get_context, reprs.
import asyncio
import contextvars


class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None, tag='t'):
        super().__init__(loop=loop)
        self.tag = tag

    def set_result(self, value):
        print('MyFuture.set_result', self.tag, value)
        super().set_result(value * 10)


class MyTask(asyncio.Task):
    steps = 0

    def __init__(self, coro, *, loop=None, **kw):
        super().__init__(coro, loop=loop, **kw)
        self.extra = 'x'

    def cancel(self, msg=None):
        print('MyTask.cancel', msg)
        return super().cancel(msg)


async def sleeper(label):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(label, 'cancelled with', e.args)
        raise


async def returns(x):
    await asyncio.sleep(0)
    return x


async def main():
    loop = asyncio.get_running_loop()
    mf = MyFuture(tag='first')
    print(type(mf).__name__, mf.tag, mf, isinstance(mf, asyncio.Future))
    loop.call_soon(mf.set_result, 4)
    print('awaited', await mf)

    loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
    t = asyncio.create_task(returns(7), name='mine')
    print(type(t).__name__, t.extra, t.get_name(), t)
    print(await t, t)
    s = asyncio.create_task(sleeper('s'))
    await asyncio.sleep(0)
    print(s.cancel('stop now'), s.cancelling())
    try:
        await s
    except asyncio.CancelledError as e:
        print('outer sees', e.args, s.cancelled(), s)
    loop.set_task_factory(None)

    u = asyncio.create_task(sleeper('u'))
    await asyncio.sleep(0)
    u.cancel()
    u.cancel('again')
    print('cancelling', u.cancelling(), u._must_cancel, u._fut_waiter is not None)
    print('uncancel', u.uncancel(), u.uncancel(), u.uncancel())
    try:
        await u
    except asyncio.CancelledError:
        print('u cancelled', u.cancelled())

    # Cancelled before its first step: the coroutine never runs.
    v = asyncio.create_task(returns('never'))
    print(v.cancel('early'), v._must_cancel)
    try:
        await v
    except asyncio.CancelledError as e:
        print('v', e.args)

    w = asyncio.create_task(returns(1))
    print(w.get_name().startswith('Task-'), w.get_coro().__name__,
          type(w.get_context()).__name__)
    w.set_name(12)
    print(repr(w.get_name()))
    await w
    for meth, arg in ((w.set_result, 1), (w.set_exception, ValueError())):
        try:
            meth(arg)
        except RuntimeError as e:
            print('RuntimeError:', e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError:', e)
    c = returns(0)
    try:
        asyncio.Task(c, name=1, eager_start=False, bogus=1)
    except TypeError as e:
        print('TypeError:', e)
    c.close()
    print(asyncio.Task[int])

    var = contextvars.ContextVar('var', default='none')
    ctx = contextvars.Context()
    ctx.run(var.set, 'task ctx')

    async def show():
        return var.get()
    print(await asyncio.create_task(show(), context=ctx), var.get())

    # current_task and all_tasks see native tasks.
    async def who():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(who(), name='who'))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))

    # Eager tasks run their first step inside create_task.
    loop.set_task_factory(asyncio.eager_task_factory)

    async def eager():
        print('eager first step, current is', asyncio.current_task().get_name())
        await asyncio.sleep(0)
        return 'eager done'
    e = asyncio.create_task(eager(), name='eager')
    print('created', e.done())
    print(await e)

    async def instant():
        return 'instant'
    i = asyncio.create_task(instant())
    print('instant done at once', i.done(), i.result())
    loop.set_task_factory(None)
    print('main is current again', asyncio.current_task().get_name())


asyncio.run(main())
