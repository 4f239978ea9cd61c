# asyncio.Runner and asyncio.run: argument checks, a closed runner, several run() calls
# sharing one context, loop_factory and debug, nested calls, shutdown cancelling leftover
# tasks (one of which fails while being cancelled) and closing async generators.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')


async def setter(v):
    var.set(v)
    return var.get()


async def getter():
    return var.get()


async def stubborn():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        raise RuntimeError('refuses to die quietly')


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen closed')


with asyncio.Runner() as runner:
    print(runner.run(setter('x')), runner.run(getter()))
    print(runner.run(getter(), context=contextvars.copy_context()))
    loop = runner.get_loop()
    print(loop is runner.get_loop(), loop.get_debug(), loop.is_closed())
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append((ctx['message'],
                                                            repr(ctx['exception']))))

    async def leave_behind():
        asyncio.ensure_future(stubborn())
        g = agen()
        print('agen first:', await g.__anext__())
        leave_behind.g = g
        await asyncio.sleep(0)
    runner.run(leave_behind())
print('closed:', loop.is_closed(), seen)
runner.close()
c = getter()
try:
    runner.run(c)
except RuntimeError as e:
    print(e)
c.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print(e)

try:
    asyncio.Runner().run(42)
except ValueError as e:
    print(e)

made = []


def factory():
    made.append(1)
    return asyncio.new_event_loop()


with asyncio.Runner(debug=True, loop_factory=factory) as r:
    print('factory:', made, r.get_loop().get_debug())

async def nested():
    inner = getter()
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print(e)
    inner.close()
    inner = getter()
    try:
        asyncio.Runner().run(inner)
    except RuntimeError as e:
        print(e)
    inner.close()
    return 'nested done'

print(asyncio.run(nested(), debug=False))
print(asyncio.run(setter('y')), var.get())
