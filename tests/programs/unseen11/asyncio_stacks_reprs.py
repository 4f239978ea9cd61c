import asyncio
import io
import sys


async def leaf(ev):
    await ev.wait()


async def middle(ev):
    await leaf(ev)


async def done_coro():
    return 7


async def failing():
    raise LookupError("nope")


def mask(s):
    # drop addresses and the file path
    import re
    s = re.sub(r" at 0x[0-9a-f]+", "", s)
    s = re.sub(r'defined at [^>]*:(\d+)', r"defined at FILE:\1", s)
    s = re.sub(r'File "[^"]*stacks_reprs.py"', 'File "FILE"', s)
    s = re.sub(r'(running|defined) at [^>]*asyncio/tasks.py:\d+', r'\1 at ASYNCIO', s)
    return s


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(middle(ev), name="mid")
    print(mask(repr(t)))
    await asyncio.sleep(0)
    print(mask(repr(t)))
    stack = t.get_stack()
    print(len(stack), [f.f_code.co_name for f in stack])
    print([f.f_code.co_name for f in t.get_stack(limit=1)])
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(mask(buf.getvalue()))
    ev.set()
    await t
    print(mask(repr(t)))
    print(t.get_stack())

    t2 = asyncio.create_task(done_coro())
    await t2
    print(mask(repr(t2)))
    t3 = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print(mask(repr(t3)))
    buf = io.StringIO()
    t3.print_stack(file=buf)
    print(mask(buf.getvalue()))
    t3.exception()

    t4 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t4.cancel()
    # (the coroutine is asyncio.sleep: its file is not this program's)
    print(mask(repr(t4)).split(" coro=")[0], mask(repr(t4)).split(">")[-3:])
    await asyncio.sleep(0)
    print(mask(repr(t4)).split(" coro=")[0])

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    f = loop.create_future()
    f.cancel()
    print(repr(f))
    f = loop.create_future()
    f.set_exception(ValueError("x"))
    print(repr(f))
    f.exception()
    f = loop.create_future()
    f.add_done_callback(print)
    print(mask(repr(f)))
    f.cancel(msg="why")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("result cancelled:", e.args)
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f = loop.create_future()
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.set_exception(StopIteration())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f = loop.create_future()
    try:
        f.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)

    c = middle(ev)
    print(mask(repr(c)))
    c.close()
    h = loop.call_soon(print, "x")
    print(mask(repr(h)))
    h.cancel()
    print(mask(repr(h)))
    th = loop.call_later(10, print)
    print(mask(repr(th)).split(" when=")[0])
    th.cancel()
    print(asyncio.current_task() is not None, asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    print(asyncio.isfuture(f), asyncio.iscoroutine(c), asyncio.iscoroutinefunction(middle))
    print(t.get_coro().__qualname__, t2.get_context() is not None)
    t.set_name(123)
    print(t.get_name(), type(t.get_name()))


asyncio.run(main())
