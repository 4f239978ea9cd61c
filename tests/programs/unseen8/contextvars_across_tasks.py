# pydive-flags: --virtual-time
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)
depth = contextvars.ContextVar("depth")

async def handler(i):
    request_id.set(f"req-{i}")
    await asyncio.sleep(0.04 * (3 - i))
    await sub(i)
    return request_id.get()

async def sub(i):
    tok = depth.set(i)
    print(f"sub {i} sees {request_id.get()} depth={depth.get()}")
    inner = asyncio.create_task(peek(i))
    await inner
    depth.reset(tok)
    try:
        depth.get()
    except LookupError as e:
        print("LookupError", repr(e)[:40])

async def peek(i):
    print(f"peek {i}: {request_id.get()} {depth.get()}")
    request_id.set("changed-in-child")

async def main():
    request_id.set("main")
    res = await asyncio.gather(*(handler(i) for i in range(3)))
    print(res, request_id.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    t = asyncio.create_task(peek2(), context=ctx)
    await t
    print(ctx.get(request_id), request_id.get())
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    def cb():
        print("cb sees", request_id.get())
        done.set_result(None)
    loop.call_soon(cb, context=ctx)
    await done
    tok = request_id.set("temp")
    print(repr(tok.var) == repr(request_id), tok.old_value)
    request_id.reset(tok)
    print(request_id.get())
    try:
        request_id.reset(tok)
    except RuntimeError as e:
        print("RuntimeError", e)
    async def child_reset():
        try:
            request_id.reset(tok2)
        except ValueError as e:
            print("ValueError", e)
    tok2 = request_id.set("t2")
    await asyncio.create_task(child_reset())
    print(len(list(ctx.keys())), request_id in ctx)

async def peek2():
    print("peek2", request_id.get())
    request_id.set("peek2-set")

asyncio.run(main())
